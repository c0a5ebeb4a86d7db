/** Envelopes built by hand, as a node builds them: for tests that talk to a node's subject directly. */
import { randomUUID } from 'node:crypto';
import { SYSTEM_CALLER } from '../../actors/index.js';
import type { Caller, RequestSigner } from '../../actors/index.js';
import { Envelope } from '../../proto/index.js';

export interface EnvelopeFields {
  readonly kind: string;
  readonly id: string;
  readonly command: { readonly type: string } & Record<string, unknown>;
  /** @default the system caller */
  readonly caller?: Caller;
  /** @default a random UUID */
  readonly requestId?: string;
  /** @default 5 s from now */
  readonly deadline?: number;
  /** Replaces the payload bytes (the credential covers whatever is sent). */
  readonly payload?: Uint8Array;
}

/** Encodes an envelope with the credential `signer` makes for it (none when `signer` is undefined). */
export function signedEnvelope(signer: RequestSigner | undefined, fields: EnvelopeFields): Uint8Array {
  const caller = fields.caller ?? SYSTEM_CALLER;
  const payload = fields.payload ?? new TextEncoder().encode(JSON.stringify(fields.command));
  const requestId = fields.requestId ?? randomUUID();
  const deadline = fields.deadline ?? Date.now() + 5000;
  const method = fields.command.type;
  const credential = signer?.({ kind: fields.kind, id: fields.id, method, payload, requestId, deadline, caller });
  return Envelope.encode({
    targetKind: fields.kind,
    targetId: fields.id,
    method,
    payload,
    caller,
    deadlineUnixMs: deadline,
    requestId,
    ...(credential === undefined ? {} : { credential }),
  }).finish();
}
