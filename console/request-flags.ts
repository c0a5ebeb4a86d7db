/**
 * Turns command-line flags into a request message, by the request's field schema: strings as
 * given, numbers checked, booleans as bare flags, enums by short or full name (`member` or
 * `ROLE_MEMBER`), repeated fields by repeating the flag, and `--json '{…}'` (or `--json -` for
 * stdin) for the whole request. Unknown flags are refused with the list of known ones.
 */
import type { FieldSchema, MessageSchema } from '../gateway/index.js';
import { fieldFlag } from './command-names.js';
import { ConsoleUsageError } from './errors.js';

export interface ParsedFlags {
  readonly request: Record<string, unknown>;
  /** Flags that are the console's own (--json, --output, --address, …). */
  readonly own: Record<string, string | true>;
}

/** The console's own flags, and whether each takes a value. */
export const OWN_FLAGS: Readonly<Record<string, boolean>> = {
  json: true,
  output: true,
  address: true,
  ca: true,
  'server-name': true,
  issue: true,
  'timeout-ms': true,
  // A second factor to step the session up with, should the call ask for it.
  totp: true,
  'recovery-code': true,
  help: false,
};

export function parseRequestFlags(argv: readonly string[], schema: MessageSchema): ParsedFlags {
  const byFlag = new Map(schema.fields.map((field) => [fieldFlag(field.protoName), field]));
  const request: Record<string, unknown> = {};
  const own: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConsoleUsageError(`unexpected argument "${arg}": flags are --name value`);
    const [rawName, inline] = splitFlag(arg.slice(2));
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new ConsoleUsageError(`--${rawName} needs a value`);
      return next;
    };
    if (rawName in OWN_FLAGS) {
      own[rawName] = OWN_FLAGS[rawName] ? value() : true;
      continue;
    }
    // `--org` for `--org-id` (and so on): what an operator types first.
    const field = byFlag.get(rawName) ?? byFlag.get(`${rawName}-id`);
    if (field === undefined) {
      const known = [...byFlag.keys()].map((flag) => `--${flag}`).join(', ') || 'none';
      throw new ConsoleUsageError(`unknown flag --${rawName}; this command's fields: ${known}`);
    }
    const parsed = field.kind === 'bool' && inline === undefined ? true : parseValue(field, value(), rawName);
    if (field.repeated) request[field.name] = [...((request[field.name] as unknown[] | undefined) ?? []), parsed];
    else request[field.name] = parsed;
  }
  return { request, own };
}

function splitFlag(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

function parseValue(field: FieldSchema, text: string, flag: string): unknown {
  switch (field.kind) {
    case 'number': {
      const number = Number(text);
      if (text.trim() === '' || !Number.isFinite(number))
        throw new ConsoleUsageError(`--${flag}: "${text}" is not a number`);
      return number;
    }
    case 'bool':
      if (text === 'true' || text === 'false') return text === 'true';
      throw new ConsoleUsageError(`--${flag}: give true or false`);
    case 'enum': {
      const values = field.enumValues ?? [];
      const upper = text.toUpperCase();
      const match = values.find((value) => value === upper || value.endsWith(`_${upper}`));
      if (match === undefined) {
        throw new ConsoleUsageError(
          `--${flag}: "${text}" is not one of ${values.filter((v) => !v.endsWith('_UNSPECIFIED')).join(', ')}`,
        );
      }
      return match;
    }
    case 'message':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new ConsoleUsageError(`--${flag}: give the message as JSON`);
      }
    default:
      return text;
  }
}
