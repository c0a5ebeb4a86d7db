/**
 * The one table from Redoubt error codes to gRPC status codes. A failure reaches the client as
 * the status, the message, and trailers `redoubt-code`, `redoubt-reason` and `redoubt-field`
 * (when known), so programs can tell refusals apart without parsing messages. Unknown errors
 * become INTERNAL with no detail: nothing internal leaks.
 */
import { Metadata, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { RedoubtError } from '../actors/index.js';

const STATUS_OF: Readonly<Record<string, status>> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  INVALID_COMMAND: status.INVALID_ARGUMENT,
  INVALID_ENTITY_ID: status.INVALID_ARGUMENT,
  PAYLOAD_TOO_LARGE: status.INVALID_ARGUMENT,
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  TOKEN_INVALID: status.UNAUTHENTICATED,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
  NOT_FOUND: status.NOT_FOUND,
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  COMMAND_REJECTED: status.FAILED_PRECONDITION,
  RESOURCE_EXHAUSTED: status.RESOURCE_EXHAUSTED,
  DEADLINE_EXCEEDED: status.DEADLINE_EXCEEDED,
  UNAVAILABLE: status.UNAVAILABLE,
  CLOSED: status.UNAVAILABLE,
  NO_OWNER: status.UNAVAILABLE,
  NOT_OWNER: status.UNAVAILABLE,
  JOURNAL_UNAVAILABLE: status.UNAVAILABLE,
  JOURNAL_FENCED: status.UNAVAILABLE,
  VAULT_SEALED: status.UNAVAILABLE,
  KEYS_NOT_LOADED: status.UNAVAILABLE,
  UNIMPLEMENTED: status.UNIMPLEMENTED,
};

/** Rejections whose reason is better told as another status than FAILED_PRECONDITION. */
const REASON_STATUS: Readonly<Record<string, status>> = {
  NOT_FOUND: status.NOT_FOUND,
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
  return STATUS_OF[error.code] ?? status.INTERNAL;
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
  return { code: statusOf(error), details: error.message, metadata };
}
