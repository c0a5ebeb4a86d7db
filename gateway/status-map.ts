/**
 * The one table from Redoubt error codes to gRPC status codes. A failure reaches the client as
 * the status, the message, and trailers `redoubt-code`, `redoubt-reason` and `redoubt-field`
 * (when known), so programs can tell refusals apart without parsing messages. Unknown errors
 * become INTERNAL with no detail: nothing internal leaks.
 */
import { Metadata, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { RedoubtError } from '../actors/index.js';
import type { ErrorCode } from '../actors/index.js';

/**
 * Every error code's status. Typed as a `Record<ErrorCode, status>`: a code added to the union
 * without a line here fails the typecheck. Only bugs and faults a client can do nothing about map
 * to INTERNAL.
 */
const STATUS_OF = {
  // What the caller sent.
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  INVALID_COMMAND: status.INVALID_ARGUMENT,
  INVALID_ENTITY_ID: status.INVALID_ARGUMENT,
  PAYLOAD_TOO_LARGE: status.INVALID_ARGUMENT,
  CSR_REJECTED: status.INVALID_ARGUMENT,
  PRIVATE_KEY_REFUSED: status.INVALID_ARGUMENT,
  BACKUP_INVALID: status.INVALID_ARGUMENT,
  INVALID_CONFIG: status.INVALID_ARGUMENT,
  // Who the caller is and what it may do.
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  TOKEN_INVALID: status.UNAUTHENTICATED,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
  UNSEAL_FAILED: status.PERMISSION_DENIED,
  KEYRING_UNLOCK_FAILED: status.PERMISSION_DENIED,
  // What is there.
  NOT_FOUND: status.NOT_FOUND,
  VAULT_EXISTS: status.ALREADY_EXISTS,
  COMMAND_REJECTED: status.FAILED_PRECONDITION,
  VAULT_INVALID: status.FAILED_PRECONDITION,
  UNKNOWN_KEY_VERSION: status.FAILED_PRECONDITION,
  BACKUP_WRONG_VAULT: status.FAILED_PRECONDITION,
  RESTORE_CONFLICT: status.FAILED_PRECONDITION,
  CERTIFICATE_FILES_INVALID: status.FAILED_PRECONDITION,
  ACME_FAILED: status.UNAVAILABLE,
  ADMIN_SOCKET_BUSY: status.FAILED_PRECONDITION,
  UNKNOWN_ENTITY_KIND: status.UNIMPLEMENTED,
  // Run it again.
  COMPACTION_FAILED: status.ABORTED,
  ROTATION_INCOMPLETE: status.ABORTED,
  MOVE_FAILED: status.ABORTED,
  BACKUP_FAILED: status.ABORTED,
  RESOURCE_EXHAUSTED: status.RESOURCE_EXHAUSTED,
  DEADLINE_EXCEEDED: status.DEADLINE_EXCEEDED,
  UNAVAILABLE: status.UNAVAILABLE,
  CLOSED: status.UNAVAILABLE,
  KEYRING_CLOSED: status.UNAVAILABLE,
  NO_OWNER: status.UNAVAILABLE,
  NOT_OWNER: status.UNAVAILABLE,
  JOURNAL_UNAVAILABLE: status.UNAVAILABLE,
  JOURNAL_FENCED: status.UNAVAILABLE,
  VAULT_SEALED: status.UNAVAILABLE,
  KEYS_NOT_LOADED: status.UNAVAILABLE,
  TPM_FAILED: status.UNAVAILABLE,
  NODE_NOT_RUNNING: status.UNAVAILABLE,
  NODE_GONE: status.UNAVAILABLE,
  // Stored data that does not open or does not add up.
  SEAL_OPEN_FAILED: status.DATA_LOSS,
  JOURNAL_CORRUPT: status.DATA_LOSS,
  BACKUP_TAMPERED: status.DATA_LOSS,
  // Bugs: one part of Redoubt asked another for something malformed.
  INVALID_ENVELOPE: status.INTERNAL,
  INVALID_TOKEN_REQUEST: status.INTERNAL,
  INTERNAL: status.INTERNAL,
} as const satisfies Readonly<Record<ErrorCode, status>>;

/** Rejections whose reason is better told as another status than FAILED_PRECONDITION. */
const REASON_STATUS: Readonly<Record<string, status>> = {
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  TOKEN_INVALID: status.UNAUTHENTICATED,
};

/** The gRPC status of an error. */
export function statusOf(error: unknown): status {
  if (!(error instanceof RedoubtError)) return status.INTERNAL;
  const reason = error.details['reason'];
  if (error.code === 'COMMAND_REJECTED' && reason !== undefined && REASON_STATUS[reason] !== undefined) {
    return REASON_STATUS[reason];
  }
  return STATUS_OF[error.code];
}

/** The error a handler's callback gets: status, message and the machine-readable trailers. */
export function toServiceError(error: unknown): Partial<ServiceError> {
  const metadata = new Metadata();
  if (!(error instanceof RedoubtError)) {
    return { code: status.INTERNAL, details: 'internal error', metadata };
  }
  metadata.set('redoubt-code', error.code);
  const { reason, field } = error.details;
  if (reason !== undefined) metadata.set('redoubt-reason', reason);
  if (field !== undefined) metadata.set('redoubt-field', field);
  // What would satisfy a step-up refusal (StepUpRequiredError).
  const stepUp = error.details['stepUp'];
  if (stepUp !== undefined) metadata.set('redoubt-step-up', stepUp);
  return { code: statusOf(error), details: error.message, metadata };
}
