/**
 * The one vocabulary the whole system shares: what an org id, a project id, an account id, a
 * region, a board column, a label, an email address, a display name and a free text may be, and
 * how the length of a string is counted (in code points, everywhere). The gateway's field rules
 * (`(rules).format` in the .proto files), the entity kinds' command parsers, the registry's
 * directory, a node's config and its admin socket all ask this module, so a value the edge lets
 * in is valid in every layer below it, and one that some layer would refuse is refused at the
 * edge before any step runs.
 */
import { InvalidCommandError } from './errors.js';

/** The named formats a string may be declared to have (`(rules) = { format: "org_id" }`). */
export const Format = {
  orgId: 'org_id',
  projectId: 'project_id',
  accountId: 'account_id',
  sessionId: 'session_id',
  region: 'region',
  column: 'column',
  label: 'label',
  /** One line of text shown to people (a display name, an org name, an issue title). */
  name: 'name',
  /** Text of several lines shown to people (an issue's body, a comment): newlines allowed. */
  text: 'text',
} as const;
export type Format = (typeof Format)[keyof typeof Format];

/** An org id: a DNS label of lower-case letters, digits and '-', at most 63. */
export const ORG_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A project id, unique in its org: the same shape as an org id. */
export const PROJECT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A region: lower-case letters, digits and '-', starting with a letter (it is part of NATS subjects). */
export const REGION = /^[a-z][a-z0-9-]{0,31}$/;
/** An account id: `acc_` and 22 base64url characters, drawn at sign-up. */
export const ACCOUNT_ID = /^acc_[A-Za-z0-9_-]{22}$/;
/**
 * A session id: `ses_` and 22 base64url characters, then `~` and the region the session lives in
 * (its account's home); ids without a region are the platform region's.
 */
export const SESSION_ID = new RegExp(`^ses_[A-Za-z0-9_-]{22}(?:~${REGION.source.slice(1, -1)})?$`);
/** A kanban column's name. */
export const COLUMN = /^[a-z0-9][a-z0-9 _-]{0,31}$/;
/** An issue label (`bug`, `area:gateway`). */
export const LABEL = /^[a-z0-9][a-z0-9:_-]{0,31}$/;
/** An email address as accounts are made with: a local part, '@', a domain with a dot; no controls. */
export const EMAIL = /^[^\s@\p{Cc}\p{Cf}]{1,64}@[^\s@.\p{Cc}\p{Cf}]+(\.[^\s@.\p{Cc}\p{Cf}]+)+$/u;

/**
 * Characters that must never reach a terminal or a screen unescaped: C0 controls, DEL, C1
 * controls (a terminal reads ESC and CSI from them) and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make text display in another order than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The same, minus the newline, which a text of several lines may hold. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const EVERY_CONTROL = new RegExp(CONTROL_CHARACTER.source, 'gu');
const EVERY_CONTROL_BUT_NEWLINE = new RegExp(CONTROL_BUT_NEWLINE.source, 'gu');

interface FormatRule {
  /** What a valid value looks like, completing "must be …". */
  readonly description: string;
  /** Why `value` is not of the format (completing "… must …"), or undefined when it is. */
  readonly problem: (value: string) => string | undefined;
}

function shaped(pattern: RegExp, description: string): FormatRule {
  return { description, problem: (value) => (pattern.test(value) ? undefined : `must be ${description}`) };
}

function free(forbidden: RegExp, description: string): FormatRule {
  return {
    description,
    problem: (value) => {
      const found = forbidden.exec(value);
      if (found === null) return undefined;
      const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `must not contain control characters (U+${code} at character ${codePointLength(value.slice(0, found.index)) + 1})`;
    },
  };
}

const ID_TEXT = "lower-case letters, digits and '-'";

/** Every format with its rule; a new format is a new line here and nothing else. */
const FORMATS: Readonly<Record<Format, FormatRule>> = {
  org_id: shaped(ORG_ID, `1 to 63 ${ID_TEXT}, starting with a letter or digit`),
  project_id: shaped(PROJECT_ID, `1 to 63 ${ID_TEXT}, starting with a letter or digit`),
  account_id: shaped(ACCOUNT_ID, 'an account id: acc_ and 22 of A-Z a-z 0-9 _ -'),
  session_id: shaped(SESSION_ID, 'a session id: ses_ and 22 of A-Z a-z 0-9 _ -, then ~ and a region'),
  region: shaped(REGION, `1 to 32 ${ID_TEXT}, starting with a letter`),
  column: shaped(COLUMN, "1 to 32 of a-z, 0-9, space, '_' and '-', starting with a letter or digit"),
  label: shaped(LABEL, "1 to 32 of a-z, 0-9, ':', '_' and '-', starting with a letter or digit"),
  name: free(CONTROL_CHARACTER, 'one line of text without control characters'),
  text: free(CONTROL_BUT_NEWLINE, 'text without control characters other than newlines'),
};

/** Whether `name` is a format this module knows (for rules read from .proto files). */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

/** What a value of `format` looks like, e.g. "1 to 32 lower-case letters, … starting with a letter". */
export function describeFormat(format: Format): string {
  return FORMATS[format].description;
}

/**
 * Why `value` is not of `format`, completing a sentence about the field ("must be 1 to 63 …",
 * "must not contain control characters (U+001B at character 1)"), or undefined when it is.
 */
export function formatProblem(format: Format, value: string): string | undefined {
  return FORMATS[format].problem(value);
}

/**
 * The length of a string as every layer counts it: in code points, so an emoji is one
 * character at the gateway, in the entities and in every message that names a limit.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/**
 * A value of `format` received from outside, named `field` in the refusal.
 * @throws InvalidCommandError (`INVALID_COMMAND`, details.field) when it is not a string of that format
 */
export function parseFormat(format: Format, value: unknown, field: string): string {
  if (typeof value !== 'string') {
    throw new InvalidCommandError(`${field} must be ${describeFormat(format)}`, { field });
  }
  const problem = formatProblem(format, value);
  if (problem !== undefined) throw new InvalidCommandError(`${field} ${problem}`, { field });
  return value;
}

/** Whether `value` is an org id. */
export function isOrgId(value: string): boolean {
  return ORG_ID.test(value);
}

/** The region a session id names (see {@link SESSION_ID}), or undefined when it names none. */
export function regionOfSessionId(sessionId: string): string | undefined {
  const at = sessionId.indexOf('~');
  return at < 0 ? undefined : sessionId.slice(at + 1);
}

/** Whether `value` is a region name. */
export function isRegion(value: string): boolean {
  return REGION.test(value);
}

/** Whether `value` is an email address of at most 254 characters. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** @throws InvalidCommandError (`INVALID_COMMAND`, details.field) when `value` is not an org id */
export function parseOrgId(value: unknown, field = 'orgId'): string {
  return parseFormat(Format.orgId, value, field);
}

/** @throws InvalidCommandError (`INVALID_COMMAND`, details.field) when `value` is not a region */
export function parseRegion(value: unknown, field = 'region'): string {
  return parseFormat(Format.region, value, field);
}

/** @throws InvalidCommandError (`INVALID_COMMAND`, details.field) when `value` is not a project id */
export function parseProjectId(value: unknown, field = 'projectId'): string {
  return parseFormat(Format.projectId, value, field);
}

/** @throws InvalidCommandError (`INVALID_COMMAND`, details.field) when `value` is not an account id */
export function parseAccountId(value: unknown, field = 'accountId'): string {
  return parseFormat(Format.accountId, value, field);
}

/**
 * `text` with every control character and bidi override written as `\u001b` (`\u202e`, …), so
 * that showing it on a terminal cannot move the cursor, clear the screen or reorder what follows.
 * With `keepNewlines`, newlines stay (for text laid out in lines, such as pretty-printed JSON).
 */
export function escapeControls(text: string, options: { readonly keepNewlines?: boolean } = {}): string {
  return text.replace(
    options.keepNewlines === true ? EVERY_CONTROL_BUT_NEWLINE : EVERY_CONTROL,
    (found) => `\\u${found.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}
