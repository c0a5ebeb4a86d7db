/** Validation and decisions of a keyset. */
import { CommandRejectedError, InvalidCommandError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { recipientField, sealToRecipient } from './key-transport.js';
import type { KeysetCommand, KeysetEvent, KeysetReply, TransportedKeys } from './protocol.js';
import type { KeysetState } from './state.js';

const KEY_LENGTH = 32;

/** @throws InvalidCommandError naming the field at fault */
export function parseKeysetCommand(payload: unknown): KeysetCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'fetch': {
      const recipient = recipientField(value);
      const { create } = value;
      if (typeof create !== 'boolean') throw new InvalidCommandError('create must be a boolean', { field: 'create' });
      return { type: 'fetch', recipient, create };
    }
    case 'retire': {
      const { version } = value;
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
        throw new InvalidCommandError('version must be a positive integer', { field: 'version' });
      }
      return { type: 'retire', version };
    }
    case 'rotate':
    case 'shred':
    case 'status':
      return { type: value['type'] };
    default:
      throw new InvalidCommandError(`unknown keyset command "${String(value['type']).slice(0, 64)}"`, {
        field: 'type',
      });
  }
}

export function decideKeyset(
  state: KeysetState,
  command: KeysetCommand,
  context: EntityContext,
): Decision<KeysetEvent, KeysetReply> {
  if (command.type === 'status') return { events: [], reply: status(state) };
  // Shredding again re-runs the erasing of history, should the first run have failed midway.
  if (state.shredded && command.type !== 'shred') {
    throw new CommandRejectedError(
      'KEYS_SHREDDED',
      `the keys of ${context.id} were destroyed (crypto-shredded): its data can no longer be read`,
    );
  }
  switch (command.type) {
    case 'fetch': {
      const events: KeysetEvent[] = [];
      let keys = Object.entries(state.keys).map(([version, { key }]) => ({ version: Number(version), key }));
      let current = state.current;
      if (current === 0) {
        if (!command.create) throw new CommandRejectedError('NO_KEYS', `${context.id} has no data key yet`);
        const created = newKey(1, context);
        events.push(created);
        keys = [{ version: 1, key: created.key }];
        current = 1;
      }
      let nameKey = state.nameKey;
      if (nameKey === undefined) {
        // Keysets made before names were blinded get theirs on the first fetch.
        const created = newNameKey(context);
        events.push(created);
        nameKey = created.key;
      }
      const plaintext = Buffer.from(JSON.stringify({ keys, nameKey } satisfies TransportedKeys));
      const recipient = Buffer.from(command.recipient, 'base64');
      let sealed: Uint8Array;
      try {
        sealed = sealToRecipient(recipient, plaintext, transportContext(context.id), (n) => context.random(n));
      } catch {
        throw new InvalidCommandError('recipient is not a usable X25519 public key', { field: 'recipient' });
      } finally {
        plaintext.fill(0);
      }
      return { events, reply: { current, sealed: Buffer.from(sealed).toString('base64') } };
    }
    case 'rotate': {
      const event = newKey(state.current + 1, context);
      return { events: [event], reply: { current: event.version } };
    }
    case 'retire': {
      if (command.version === state.current) {
        throw new CommandRejectedError('KEY_CURRENT', `version ${command.version} is the current key of ${context.id}`);
      }
      if (state.keys[command.version] === undefined) {
        throw new CommandRejectedError('NO_SUCH_KEY', `${context.id} has no key version ${command.version}`);
      }
      return { events: [{ type: 'keyRetired', version: command.version, at: context.now }], reply: status(state) };
    }
    case 'shred':
      return { events: [{ type: 'shredded', at: context.now }], reply: { ...status(state), shredded: true } };
  }
}

/** The associated data of a transported key list: which keyset it is from. */
export function transportContext(keysetId: string): string {
  return `keyset/${keysetId}`;
}

function newKey(version: number, context: EntityContext): KeysetEvent & { type: 'keyCreated' } {
  const bytes = context.random(KEY_LENGTH);
  const key = Buffer.from(bytes).toString('base64');
  bytes.fill(0);
  return { type: 'keyCreated', version, key, at: context.now };
}

function newNameKey(context: EntityContext): KeysetEvent & { type: 'nameKeyCreated' } {
  const bytes = context.random(KEY_LENGTH);
  const key = Buffer.from(bytes).toString('base64');
  bytes.fill(0);
  return { type: 'nameKeyCreated', key, at: context.now };
}

function status(state: KeysetState): KeysetReply {
  return {
    current: state.current,
    versions: Object.entries(state.keys).map(([version, { createdAt }]) => ({ version: Number(version), createdAt })),
    shredded: state.shredded,
  };
}
