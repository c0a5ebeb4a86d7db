/**
 * Readers for the fields of a command received from outside: each returns the typed value or
 * throws InvalidCommandError naming the field, so a kind's parser reads like its protocol.
 */
import { InvalidCommandError } from './errors.js';

/** A command payload as a record (anything else reads as empty, and its fields as missing). */
export function fieldsOf(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
}

/** @throws InvalidCommandError naming `name` */
export function stringField(
  fields: Record<string, unknown>,
  name: string,
  rule: { readonly max: number; readonly min?: number; readonly pattern?: RegExp },
): string {
  const value = fields[name];
  const min = rule.min ?? 1;
  if (typeof value !== 'string' || value.length < min || value.length > rule.max) {
    throw new InvalidCommandError(`${name} must be a string of ${min} to ${rule.max} characters`, { field: name });
  }
  if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    throw new InvalidCommandError(`${name} is not of the expected form`, { field: name });
  }
  return value;
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
