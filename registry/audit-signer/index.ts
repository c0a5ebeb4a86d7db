/**
 * The registry's audit signer: `audit-signer/<id>` (the platform's is `audit-signer/platform`)
 * holds Ed25519 keys, sealed under the master key like all registry data, and signs audit
 * checkpoints (an org, a seq and a record hash). Public keys are kept for ever, so a checkpoint
 * signed years ago still verifies after rotations.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  integerField,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { Format } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';

export const AUDIT_SIGNER_ID = 'platform';

export type AuditSignerCommand =
  | { readonly type: 'sign'; readonly org: string; readonly seq: number; readonly hash: string }
  | { readonly type: 'publicKeys' }
  | { readonly type: 'rotate' };

type AuditSignerEvent = {
  readonly type: 'keyMade';
  readonly kid: string;
  readonly secret: string;
  readonly at: number;
};

interface SignerKey {
  readonly kid: string;
  /** base64 of the 32-byte Ed25519 secret key; only the current key keeps it. */
  readonly secret: string | undefined;
  readonly publicKey: string;
}

interface AuditSignerState {
  readonly keys: readonly SignerKey[];
}

export interface AuditSignature {
  readonly kid: string;
  readonly signature: string;
}

export interface AuditPublicKeys {
  /** Every key ever used, current last: kid → base64 Ed25519 public key. */
  readonly keys: Readonly<Record<string, string>>;
}

const HEX64 = /^[0-9a-f]{64}$/;

function newKey(context: EntityContext, index: number): AuditSignerEvent {
  const secret = context.random(32);
  const event: AuditSignerEvent = {
    type: 'keyMade',
    kid: `audit-${index}`,
    secret: Buffer.from(secret).toString('base64'),
    at: context.now,
  };
  secret.fill(0);
  return event;
}

function decide(
  state: AuditSignerState,
  command: AuditSignerCommand,
  context: EntityContext,
): Decision<AuditSignerEvent, AuditSignature | AuditPublicKeys> {
  switch (command.type) {
    case 'sign': {
      const events = state.keys.length === 0 ? [newKey(context, 1)] : [];
      const current = events.length > 0 ? evolve(state, events[0]!).keys.at(-1)! : state.keys.at(-1)!;
      const secret = Buffer.from(current.secret!, 'base64');
      const signature = ed25519.sign(checkpointMessage(command.org, command.seq, command.hash), secret);
      secret.fill(0);
      return { events, reply: { kid: current.kid, signature: Buffer.from(signature).toString('base64') } };
    }
    case 'publicKeys':
      return { events: [], reply: { keys: Object.fromEntries(state.keys.map((key) => [key.kid, key.publicKey])) } };
    case 'rotate': {
      if (state.keys.length >= 1000)
        throw new CommandRejectedError('TOO_MANY_KEYS', 'the audit signer keeps at most 1000 keys');
      const event = newKey(context, state.keys.length + 1);
      const next = evolve(state, event);
      return { events: [event], reply: { keys: Object.fromEntries(next.keys.map((key) => [key.kid, key.publicKey])) } };
    }
  }
}

function evolve(state: AuditSignerState, event: AuditSignerEvent): AuditSignerState {
  const publicKey = Buffer.from(ed25519.getPublicKey(Buffer.from(event.secret, 'base64'))).toString('base64');
  // A rotated-out key verifies old checkpoints and signs nothing: its secret is dropped.
  const retired = state.keys.map((key) => ({ ...key, secret: undefined }));
  return { keys: [...retired, { kid: event.kid, secret: event.secret, publicKey }] };
}

/** What a checkpoint signature covers. */
export function checkpointMessage(org: string, seq: number, hash: string): Uint8Array {
  return new TextEncoder().encode(`redoubt/v1 audit checkpoint\n${org}\n${seq}\n${hash}`);
}

export const auditSigner = defineEntity({
  kind: 'audit-signer',
  commands: {
    sign: ANY_ORIGIN,
    publicKeys: ANY_ORIGIN,
    rotate: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): AuditSignerCommand {
    const fields = fieldsOf(payload);
    switch (fields['type']) {
      case 'sign':
        return {
          type: 'sign',
          org: stringField(fields, 'org', { max: 63, format: Format.orgId }),
          seq: integerField(fields, 'seq', 1, Number.MAX_SAFE_INTEGER),
          hash: stringField(fields, 'hash', { max: 64, pattern: HEX64 }),
        };
      case 'publicKeys':
      case 'rotate':
        return { type: fields['type'] };
      default:
        throw unknownCommand('audit-signer', fields);
    }
  },
  initialState: (): AuditSignerState => ({ keys: [] }),
  decide,
  evolve,
  keyScope: () => REGISTRY_SCOPE,
  // A rotation erases the history that held the old secret key.
  compactAfter: ['keyMade'],
});

/** Checks a checkpoint signature against the signer's public keys. */
export function verifyCheckpoint(
  keys: AuditPublicKeys,
  org: string,
  checkpoint: { readonly seq: number; readonly hash: string; readonly kid: string; readonly signature: string },
): boolean {
  const publicKey = keys.keys[checkpoint.kid];
  if (publicKey === undefined) return false;
  try {
    return ed25519.verify(
      Buffer.from(checkpoint.signature, 'base64'),
      checkpointMessage(org, checkpoint.seq, checkpoint.hash),
      Buffer.from(publicKey, 'base64'),
    );
  } catch {
    return false;
  }
}
