/**
 * Errors of the actor runtime, and the one list of error codes of the whole system. Every error
 * has a stable `code`; errors that cross NATS travel as a {@link Failure} and are rebuilt on the
 * other side by {@link errorFromFailure}.
 */

/**
 * Every code a {@link RedoubtError} may carry, whichever folder throws it: these are the codes
 * that cross a boundary (NATS, gRPC, the admin socket). The gateway's status table is a
 * `Record<ErrorCode, status>`, so a code added here without a status fails the typecheck.
 * Errors that never leave their process (console usage, schema and simulator set-up errors) keep
 * their own codes outside this list.
 */
export const ErrorCode = {
  // The actor runtime.
  SEAL_OPEN_FAILED: 'SEAL_OPEN_FAILED',
  UNKNOWN_KEY_VERSION: 'UNKNOWN_KEY_VERSION',
  KEYRING_UNLOCK_FAILED: 'KEYRING_UNLOCK_FAILED',
  KEYRING_CLOSED: 'KEYRING_CLOSED',
  JOURNAL_FENCED: 'JOURNAL_FENCED',
  JOURNAL_UNAVAILABLE: 'JOURNAL_UNAVAILABLE',
  JOURNAL_CORRUPT: 'JOURNAL_CORRUPT',
  INVALID_ENVELOPE: 'INVALID_ENVELOPE',
  INVALID_ENTITY_ID: 'INVALID_ENTITY_ID',
  UNKNOWN_ENTITY_KIND: 'UNKNOWN_ENTITY_KIND',
  INVALID_COMMAND: 'INVALID_COMMAND',
  COMMAND_REJECTED: 'COMMAND_REJECTED',
  NOT_FOUND: 'NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_OWNER: 'NOT_OWNER',
  NO_OWNER: 'NO_OWNER',
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  CLOSED: 'CLOSED',
  UNAVAILABLE: 'UNAVAILABLE',
  COMPACTION_FAILED: 'COMPACTION_FAILED',
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  INVALID_CONFIG: 'INVALID_CONFIG',
  INTERNAL: 'INTERNAL',
  // The registry.
  VAULT_SEALED: 'VAULT_SEALED',
  UNSEAL_FAILED: 'UNSEAL_FAILED',
  VAULT_INVALID: 'VAULT_INVALID',
  VAULT_EXISTS: 'VAULT_EXISTS',
  TPM_FAILED: 'TPM_FAILED',
  KEYS_NOT_LOADED: 'KEYS_NOT_LOADED',
  ROTATION_INCOMPLETE: 'ROTATION_INCOMPLETE',
  MOVE_FAILED: 'MOVE_FAILED',
  CSR_REJECTED: 'CSR_REJECTED',
  TOKEN_INVALID: 'TOKEN_INVALID',
  INVALID_TOKEN_REQUEST: 'INVALID_TOKEN_REQUEST',
  PRIVATE_KEY_REFUSED: 'PRIVATE_KEY_REFUSED',
  BACKUP_INVALID: 'BACKUP_INVALID',
  BACKUP_TAMPERED: 'BACKUP_TAMPERED',
  BACKUP_WRONG_VAULT: 'BACKUP_WRONG_VAULT',
  BACKUP_FAILED: 'BACKUP_FAILED',
  RESTORE_CONFLICT: 'RESTORE_CONFLICT',
  CERTIFICATE_FILES_INVALID: 'CERTIFICATE_FILES_INVALID',
  ACME_FAILED: 'ACME_FAILED',
  // The gateway.
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  // Nodes and their admin socket.
  ADMIN_SOCKET_BUSY: 'ADMIN_SOCKET_BUSY',
  NODE_NOT_RUNNING: 'NODE_NOT_RUNNING',
  NODE_GONE: 'NODE_GONE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Whether `code` is one of the {@link ErrorCode}s (for codes read from the wire). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ErrorCode, code);
}

/** A failure as it travels between processes: serialisable, no stack, no secrets. */
export interface Failure {
  /** An {@link ErrorCode}; a string on the wire, where a newer peer may send one this one does not know. */
  readonly code: string;
  readonly message: string;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, string>>;
}

/** Base of every runtime error: a stable code, whether a retry may succeed, and details. */
export class RedoubtError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: ErrorOptions & { retryable?: boolean; details?: Record<string, string> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RedoubtError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
  }

  toFailure(): Failure {
    return { code: this.code, message: this.message, retryable: this.retryable, details: this.details };
  }
}

/** Thrown when a sealed blob cannot be opened: wrong key, wrong context, or a changed byte. */
/**
 * Thrown when a command line, environment variable or config value is invalid; the message says
 * the fix. Here, beside the base error, so that modules check their own options with it too.
 */
export class ConfigError extends RedoubtError {
  constructor(message: string) {
    super('INVALID_CONFIG', message);
    this.name = 'ConfigError';
  }
}

export class SealOpenError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('SEAL_OPEN_FAILED', message, options);
    this.name = 'SealOpenError';
  }
}

/** Thrown when a keyring has no key of the version a blob was sealed with. */
export class UnknownKeyVersionError extends RedoubtError {
  constructor(version: number) {
    super('UNKNOWN_KEY_VERSION', `no data key of version ${version} in the keyring`, {
      details: { version: String(version) },
    });
    this.name = 'UnknownKeyVersionError';
  }
}

/** Thrown when a keyring cannot be unlocked: wrong passphrase, unreadable or malformed key file. */
export class KeyringUnlockError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('KEYRING_UNLOCK_FAILED', message, options);
    this.name = 'KeyringUnlockError';
  }
}

/** Thrown when a journal append is refused because another writer appended first (fencing). */
export class JournalFencedError extends RedoubtError {
  constructor(entity: string, options?: ErrorOptions) {
    super('JOURNAL_FENCED', `append for ${entity} refused: another owner wrote first`, {
      ...options,
      retryable: true,
      details: { entity },
    });
    this.name = 'JournalFencedError';
  }
}

/** Thrown when the journal cannot be reached or did not confirm a write in time. */
export class JournalUnavailableError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('JOURNAL_UNAVAILABLE', message, { ...options, retryable: true });
    this.name = 'JournalUnavailableError';
  }
}

/** Thrown when stored journal data breaks an invariant (a gap in sequences, a foreign record). */
export class JournalCorruptError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('JOURNAL_CORRUPT', message, options);
    this.name = 'JournalCorruptError';
  }
}

/** Thrown when bytes on the wire are not a valid envelope. */
export class InvalidEnvelopeError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('INVALID_ENVELOPE', message, options);
    this.name = 'InvalidEnvelopeError';
  }
}

/** Thrown when an entity id is not of the form `kind/id` with allowed characters. */
export class InvalidEntityIdError extends RedoubtError {
  constructor(message: string) {
    super('INVALID_ENTITY_ID', message);
    this.name = 'InvalidEntityIdError';
  }
}

/** Thrown when a request names an entity kind that is not registered on the node. */
export class UnknownEntityKindError extends RedoubtError {
  constructor(kind: string) {
    super('UNKNOWN_ENTITY_KIND', `unknown entity kind "${kind}"`, { details: { kind } });
    this.name = 'UnknownEntityKindError';
  }
}

/** Thrown when a command does not pass its kind's validation. */
export class InvalidCommandError extends RedoubtError {
  constructor(message: string, details: Record<string, string> = {}) {
    super('INVALID_COMMAND', message, { details });
    this.name = 'InvalidCommandError';
  }
}

/**
 * Thrown by an entity's handler (or a service) when a valid command is refused by the rules:
 * `details.reason` says which (`LAST_ADMIN`, `NOT_A_MEMBER`, …), `details.field` may name the
 * request field at fault.
 */
export class CommandRejectedError extends RedoubtError {
  constructor(reason: string, message: string, details: Record<string, string> = {}) {
    super('COMMAND_REJECTED', message, { details: { ...details, reason } });
    this.name = 'CommandRejectedError';
  }
}

/**
 * The one way of saying that what a request names does not exist: an entity never created, an
 * org with no home region, a user with no prekeys. `details.what` names the kind of thing; other
 * details say which one. Every layer throws this class and no other for it; across NATS it
 * arrives as a {@link RedoubtError} of code `NOT_FOUND`, which {@link isNotFound} tells.
 */
export class NotFoundError extends RedoubtError {
  constructor(message: string, details: { readonly what: string } & Readonly<Record<string, string>>) {
    super('NOT_FOUND', message, { details: { ...details } });
    this.name = 'NotFoundError';
  }
}

/** Whether an error says that what was asked about does not exist (code `NOT_FOUND`, from here or from afar). */
export function isNotFound(error: unknown): boolean {
  return error instanceof RedoubtError && error.code === ErrorCode.NOT_FOUND;
}

/** Whether an error is an entity's refusal for `reason` (code `COMMAND_REJECTED`, from here or from afar). */
export function isRejected(error: unknown, reason: string): boolean {
  return (
    error instanceof RedoubtError && error.code === ErrorCode.COMMAND_REJECTED && error.details['reason'] === reason
  );
}

/** Thrown when a payload is larger than the configured limit. */
export class PayloadTooLargeError extends RedoubtError {
  constructor(size: number, limit: number) {
    super('PAYLOAD_TOO_LARGE', `payload of ${size} bytes exceeds the limit of ${limit} bytes`, {
      details: { size: String(size), limit: String(limit) },
    });
    this.name = 'PayloadTooLargeError';
  }
}

/** Thrown when a node is asked for an entity whose shard it does not own (now). */
export class NotOwnerError extends RedoubtError {
  constructor(shard: number, node: string) {
    super('NOT_OWNER', `node ${node} does not own shard ${shard}`, {
      retryable: true,
      details: { shard: String(shard), node },
    });
    this.name = 'NotOwnerError';
  }
}

/** Thrown when no node owns an entity's shard yet (cluster starting or rebalancing). */
export class NoOwnerError extends RedoubtError {
  constructor(shard: number) {
    super('NO_OWNER', `no node owns shard ${shard} yet`, { retryable: true, details: { shard: String(shard) } });
    this.name = 'NoOwnerError';
  }
}

/** Thrown when a request's deadline passed before it was answered. */
export class DeadlineExceededError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('DEADLINE_EXCEEDED', message, options);
    this.name = 'DeadlineExceededError';
  }
}

/** Thrown when a request is made on a runtime, host or transport that is closed or closing. */
export class ClosedError extends RedoubtError {
  constructor(what: string) {
    super('CLOSED', `${what} is closed`, { retryable: true });
    this.name = 'ClosedError';
  }
}

/** Thrown when a request reached a node but could not be delivered to or answered by the target. */
export class UnavailableError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('UNAVAILABLE', message, { ...options, retryable: true });
    this.name = 'UnavailableError';
  }
}

/**
 * Thrown when nobody serves a subject: on NATS, the server answers at once that no subscription
 * matches. For a node's subject that means the node is not connected (dead, or cut off).
 */
export class NoRespondersError extends UnavailableError {
  constructor(subject: string) {
    super(`no responders on ${subject}`);
    this.name = 'NoRespondersError';
  }
}

/**
 * Thrown by an entity whose data was moved to another region (its org moved): its journal here
 * ends with a marker naming the region, so no node here serves it again. Retryable: the caller
 * looks its home up anew and asks there.
 */
export class EntityMovedError extends RedoubtError {
  constructor(entity: string, region: string) {
    super('UNAVAILABLE', `${entity} moved to region ${region}`, {
      retryable: true,
      details: { reason: 'ENTITY_MOVED', region },
    });
    this.name = 'EntityMovedError';
  }
}

/**
 * Thrown when an entity's home region does not answer (its NATS gateway link is down, or none of
 * its nodes is connected): the call fails at once rather than waiting out its deadline, and the
 * regions that can be reached keep serving their own entities. Not retried by the client: the
 * caller may try again later.
 */
export class RegionUnreachableError extends RedoubtError {
  constructor(region: string, options?: ErrorOptions) {
    super('UNAVAILABLE', `region ${region} cannot be reached: try again later`, {
      ...options,
      details: { reason: 'REGION_UNREACHABLE', region },
    });
    this.name = 'RegionUnreachableError';
  }
}

/**
 * Thrown when a command that erases history was recorded but the erasing failed: the earlier
 * history is still on disk. Running the command again finishes it.
 */
export class CompactionError extends RedoubtError {
  constructor(entity: string, options?: ErrorOptions) {
    super(
      'COMPACTION_FAILED',
      `the change to ${entity} is recorded, but erasing its earlier history failed: run the command again`,
      { ...options, details: { entity } },
    );
    this.name = 'CompactionError';
  }
}

/**
 * Thrown when a node's request guard refuses a request: no credential, a credential that does not
 * verify, or one whose holder may not send that command. `details.reason` says which.
 */
export class RequestDeniedError extends RedoubtError {
  constructor(message: string, reason: string, options?: ErrorOptions) {
    super('PERMISSION_DENIED', message, { ...options, details: { reason } });
    this.name = 'RequestDeniedError';
  }
}

/** Thrown on a bug or an unexpected fault inside an entity; the message names no internal data. */
export class InternalError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('INTERNAL', message, options);
    this.name = 'InternalError';
  }
}

/**
 * Rebuilds an error from a failure received from another process. A code this process does not
 * know (a newer peer's) becomes `INTERNAL`, keeping the message and, in `details.code`, the code.
 */
export function errorFromFailure(failure: Failure): RedoubtError {
  const known = isErrorCode(failure.code);
  return new RedoubtError(known ? failure.code : ErrorCode.INTERNAL, failure.message, {
    retryable: failure.retryable,
    details: known ? { ...failure.details } : { ...failure.details, code: failure.code.slice(0, 64) },
  });
}

/** Turns anything thrown into a failure that is safe to send: unknown errors lose their message. */
export function toFailure(error: unknown): Failure {
  if (error instanceof RedoubtError) return error.toFailure();
  return { code: ErrorCode.INTERNAL, message: 'internal error', retryable: false, details: {} };
}
