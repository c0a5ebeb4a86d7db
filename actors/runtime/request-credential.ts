/**
 * Request credentials: a client may attach a proof of who sends an envelope, and a server may
 * guard its entities by checking it. The runtime only carries the bytes and fixes what they must
 * cover (the canonical request text below); what a credential is (a MAC under a key only the
 * registry holds, a signature by a node certificate) is the guard's and signer's business.
 */
import type { AnyEntityKind, Caller, CommandShape } from '../entity-kind.js';

/** The fields of a request that a credential covers. */
export interface CredentialedRequest {
  readonly kind: string;
  readonly id: string;
  readonly method: string;
  readonly payload: Uint8Array;
  readonly requestId: string;
  /** Absolute deadline, ms since the Unix epoch: it bounds how long a captured request replays. */
  readonly deadline: number;
  /** Who the sender vouches the request comes from (origin, account, session, org, issue). */
  readonly caller: Caller;
}

/** A request as a guard sees it: the covered fields, the credential, and its command on demand. */
export interface GuardedRequest extends CredentialedRequest {
  readonly definition: AnyEntityKind;
  readonly credential: Uint8Array;
  /**
   * The command, parsed and validated by its kind on first use: a guard that refuses on the
   * credential alone never parses what an unknown sender wrote.
   * @throws InvalidCommandError (`INVALID_COMMAND`)
   */
  command(): CommandShape;
}

/**
 * Makes the credential of one outgoing request, or `undefined` to send none (a target the signer
 * does not cover).
 */
export type RequestSigner = (request: CredentialedRequest) => Uint8Array | undefined;

/**
 * Admits or refuses one incoming request before its entity sees it.
 * @throws RequestDeniedError (`PERMISSION_DENIED`) to refuse it
 */
export type RequestGuard = (request: GuardedRequest) => void | Promise<void>;

/**
 * The bytes a credential signs or MACs: every covered field joined by newlines (no field can hold
 * one: kinds, ids, methods and request ids are validated tokens; the caller's free-form fields
 * travel as one JSON array), the payload's length, then the payload itself. Taking the payload
 * whole spares a SHA-256 of it on each side of every request.
 */
export function credentialMessage(request: CredentialedRequest): Uint8Array {
  const header = encoder.encode(credentialHeader(request));
  const message = new Uint8Array(header.length + request.payload.length);
  message.set(header);
  message.set(request.payload, header.length);
  return message;
}

/**
 * The text that starts {@link credentialMessage}, before the payload: a MAC can take it and the
 * payload in two updates instead of copying both into one buffer.
 */
export function credentialHeader(request: CredentialedRequest): string {
  return [
    'redoubt/v1 request',
    request.kind,
    request.id,
    request.method,
    request.requestId,
    String(request.deadline),
    callerText(request.caller),
    String(request.payload.length),
    '',
  ].join('\n');
}

const encoder = new TextEncoder();

function callerText(caller: Caller): string {
  const { origin, accountId, sessionId, superadmin, orgId, issueId } = caller;
  // The assurance too: a request may not be replayed as a stronger session's.
  const assurance = [caller.assuranceLevel ?? 0, caller.phishingResistant === true, caller.factorAt ?? 0];
  return JSON.stringify([origin, accountId, sessionId, superadmin, orgId, issueId, ...assurance]);
}
