/** Validation and decisions of the envelope keys. */
import { InvalidCommandError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { recipientField, sealToRecipient } from '../keyset/key-transport.js';
import { ENVELOPE_EPOCH_MS } from './protocol.js';
import type {
  EnvelopeKeysCommand,
  EnvelopeKeysEvent,
  EnvelopeKeysReply,
  EpochKey,
  TransportedKeys,
} from './protocol.js';
import type { EnvelopeKeysState } from './state.js';

const KEY_LENGTH = 32;

/** @throws InvalidCommandError naming the field at fault */
export function parseEnvelopeKeysCommand(payload: unknown): EnvelopeKeysCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'fetch': {
      const recipient = recipientField(value);
      return { type: 'fetch', recipient };
    }
    case 'status':
      return { type: 'status' };
    default:
      throw new InvalidCommandError(`unknown envelope-keys command "${String(value['type']).slice(0, 64)}"`, {
        field: 'type',
      });
  }
}

/** The epoch a moment falls in. */
export function epochAt(now: number): number {
  return Math.floor(now / ENVELOPE_EPOCH_MS);
}

export function decideEnvelopeKeys(
  state: EnvelopeKeysState,
  command: EnvelopeKeysCommand,
  context: EntityContext,
): Decision<EnvelopeKeysEvent, EnvelopeKeysReply> {
  const epochs = Object.keys(state.keys).map(Number);
  if (command.type === 'status') return { events: [], reply: { epochs: epochs.sort((a, b) => a - b) } };
  const epoch = epochAt(context.now);
  const events: EnvelopeKeysEvent[] = [];
  const made: EpochKey[] = [];
  for (const wanted of [epoch - 1, epoch, epoch + 1]) {
    if (state.keys[wanted] !== undefined) continue;
    const bytes = context.random(KEY_LENGTH);
    made.push({ epoch: wanted, key: Buffer.from(bytes).toString('base64') });
    bytes.fill(0);
  }
  if (made.length > 0) events.push({ type: 'keysMade', keys: made, at: context.now });
  let nameKey = state.nameKey;
  if (nameKey === '') {
    const bytes = context.random(KEY_LENGTH);
    nameKey = Buffer.from(bytes).toString('base64');
    bytes.fill(0);
    events.push({ type: 'nameKeyMade', key: nameKey, at: context.now });
  }
  const stale = epochs.filter((known) => known < epoch - 1);
  if (stale.length > 0) events.push({ type: 'keysDropped', epochs: stale, at: context.now });
  const keys: EpochKey[] = [
    ...Object.entries(state.keys)
      .map(([known, key]) => ({ epoch: Number(known), key }))
      .filter((entry) => entry.epoch >= epoch - 1),
    ...made,
  ];
  const plaintext = Buffer.from(JSON.stringify({ keys, nameKey } satisfies TransportedKeys));
  let sealed: Uint8Array;
  try {
    sealed = sealToRecipient(
      Buffer.from(command.recipient, 'base64'),
      plaintext,
      envelopeKeysContext(context.id),
      (n) => context.random(n),
    );
  } catch {
    throw new InvalidCommandError('recipient is not a usable X25519 public key', { field: 'recipient' });
  } finally {
    plaintext.fill(0);
  }
  return {
    events,
    reply: { epoch, epochMs: ENVELOPE_EPOCH_MS, sealed: Buffer.from(sealed).toString('base64') },
  };
}

/** The associated data of transported envelope keys: which entity they are from. */
export function envelopeKeysContext(id: string): string {
  return `envelope-keys/${id}`;
}
