/**
 * How responses are shown: `--output json` (or `--json` input) prints JSON; otherwise a response
 * whose only list field holds messages becomes a table, and anything else `key: value` lines.
 * Times (fields ending in `_at`, `since`) are shown as ISO dates in tables and lines.
 */
import type { MessageSchema } from '../gateway/index.js';

export function render(response: Record<string, unknown>, schema: MessageSchema, json: boolean): string {
  if (json) return `${JSON.stringify(response, null, 2)}\n`;
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

function show(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && (name.endsWith('_at') || name === 'since') && value > 0) {
    return new Date(value).toISOString();
  }
  if (typeof value === 'string' && value.startsWith('ROLE_')) return value.slice(5).toLowerCase();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
