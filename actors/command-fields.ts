/**
 * Readers for the fields of a command received from outside: each returns the typed value or
 * throws InvalidCommandError naming the field, so a kind's parser reads like its protocol.
 */
import { InvalidCommandError } from './errors.js';
import { codePointLength, formatProblem, parseFormat } from './vocabulary.js';
import type { Format } from './vocabulary.js';

/** A command payload as a record (anything else reads as empty, and its fields as missing). */
export function fieldsOf(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
}

/**
 * A string field of 1 (or `min`) to `max` characters, counted in code points as at every layer,
 * that matches `pattern` and is of `format` (a name or text refuses control characters) when given.
 * @throws InvalidCommandError naming `name`
 */
export function stringField(
  fields: Record<string, unknown>,
  name: string,
  rule: { readonly max: number; readonly min?: number; readonly pattern?: RegExp; readonly format?: Format },
): string {
  const value = fields[name];
  const min = rule.min ?? 1;
  // A string of more than 4 × max UTF-16 units is longer than max in any count: no need to count it.
  const length = typeof value === 'string' && value.length <= 4 * rule.max ? codePointLength(value) : Infinity;
  if (typeof value !== 'string' || length < min || length > rule.max) {
    throw new InvalidCommandError(`${name} must be a string of ${min} to ${rule.max} characters`, { field: name });
  }
  if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    throw new InvalidCommandError(`${name} is not of the expected form`, { field: name });
  }
  const problem = rule.format === undefined ? undefined : formatProblem(rule.format, value);
  if (problem !== undefined) throw new InvalidCommandError(`${name} ${problem}`, { field: name });
  return value;
}

/**
 * A field holding a value of the shared vocabulary whose format bounds its length (an org id, a
 * region, an account id, a column, a label).
 * @throws InvalidCommandError naming `name`
 */
export function formatField(fields: Record<string, unknown>, name: string, format: Format): string {
  return parseFormat(format, fields[name], name);
}

/** @throws InvalidCommandError naming `name` */
export function integerField(fields: Record<string, unknown>, name: string, min: number, max: number): number {
  const value = fields[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidCommandError(`${name} must be a whole number from ${min} to ${max}`, { field: name });
  }
  return value;
}

/** @throws InvalidCommandError naming `name` */
export function oneOf<T extends string>(fields: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = fields[name];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidCommandError(`${name} must be one of ${allowed.join(', ')}`, { field: name });
  }
  return value as T;
}

/** The `type` of a command that no case of the parser knows. */
export function unknownCommand(kind: string, fields: Record<string, unknown>): InvalidCommandError {
  return new InvalidCommandError(`unknown ${kind} command "${String(fields['type']).slice(0, 64)}"`, {
    field: 'type',
  });
}
