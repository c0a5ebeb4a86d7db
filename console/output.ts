/**
 * How responses are shown: `--output json` (or `--json` input) prints JSON; otherwise a response
 * whose only list field holds messages becomes a table, and anything else `key: value` lines.
 * Times (fields ending in `_at`, `since`) are shown as ISO dates in tables and lines.
 *
 * Whatever the server sends is shown escaped: a control character or a bidi override in a
 * stored name (one stored before names were checked, or by another client) is printed as
 * `\u001b`, never sent to the terminal, so a name cannot clear the admin's screen, move the
 * cursor or make text read in another order.
 */
import { escapeControls } from '../actors/index.js';
import type { MessageSchema } from '../gateway/index.js';

/** The response as the console prints it: JSON, a table, or `key  value` lines, every string escaped. */
export function render(response: Record<string, unknown>, schema: MessageSchema, json: boolean): string {
  // JSON.stringify escapes C0 controls but not DEL, C1 controls or bidi overrides; escaping them
  // too keeps the JSON valid (outside strings there are only the layout's newlines, which stay)
  // and the terminal safe.
  if (json) return `${escapeControls(JSON.stringify(response, null, 2), { keepNewlines: true })}\n`;
  const lists = schema.fields.filter((field) => field.repeated && field.kind === 'message');
  if (lists.length === 1 && schema.fields.length === 1) {
    const field = lists[0]!;
    return table((response[field.name] as Record<string, unknown>[] | undefined) ?? [], field.message!);
  }
  const width = Math.max(0, ...schema.fields.map((field) => field.protoName.length));
  return schema.fields
    .map((field) => `${field.protoName.padEnd(width)}  ${show(field.protoName, response[field.name])}\n`)
    .join('');
}

function table(rows: Record<string, unknown>[], schema: MessageSchema): string {
  if (rows.length === 0) return '(none)\n';
  const columns = schema.fields.map((field) => ({
    title: field.protoName.toUpperCase(),
    cells: rows.map((row) => show(field.protoName, row[field.name])),
  }));
  const widths = columns.map((column) => Math.max(column.title.length, ...column.cells.map((cell) => cell.length)));
  const line = (cells: string[]) =>
    `${cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  return line(columns.map((c) => c.title)) + rows.map((_, r) => line(columns.map((c) => c.cells[r]!))).join('');
}

/** One value as a table cell or line: dates as ISO, roles by name, everything escaped. */
function show(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && (name.endsWith('_at') || name === 'since') && value > 0) {
    return new Date(value).toISOString();
  }
  if (typeof value === 'string' && value.startsWith('ROLE_')) return escapeControls(value.slice(5).toLowerCase());
  if (typeof value === 'object') return escapeControls(JSON.stringify(value));
  return escapeControls(String(value));
}
