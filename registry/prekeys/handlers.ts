/** Validation and decisions of a `prekeys/<user>` entity. */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { PrivateKeyRefusedError } from '../errors.js';
import type {
  PrekeysCommand,
  PrekeysEvent,
  PrekeysReply,
  PrekeysStatus,
  PublicPrekey,
  SignedPrekey,
} from './protocol.js';
import type { PrekeysState } from './state.js';

/** The most one-time prekeys one publish carries, and the pool holds. */
export const MAX_ONE_TIME_PREKEYS = 100;
/** Below this many one-time prekeys, `status` tells the client to top up. */
export const TOP_UP_BELOW = 20;

const PUBLIC_KEY_LENGTH = 32;
const SIGNATURE_LENGTH = 64;
const MAX_PREKEY_ID = 0xffff_ffff;
/** A user id: one segment of an entity id. */
const USER_ID = /^[A-Za-z0-9._~-]{1,128}$/;
/** Field names that announce private key material. */
const PRIVATE_NAME = /priv|secret|seed|mnemonic|^d$|^sk$/i;
/** Private keys of these curves travel as 32 bytes (X25519, Ed25519 seed) or 64 (Ed25519 seed ‖ public). */
const PRIVATE_KEY_LENGTH = 64;
/**
 * A fixed clamped scalar for the low-order check of the signed prekey: every clamped scalar is a
 * multiple of the cofactor, so a low-order point gives the all-zero output noble refuses.
 */
const PROBE_SCALAR = new Uint8Array(PUBLIC_KEY_LENGTH).fill(0x5a);

/**
 * @throws PrivateKeyRefusedError (`PRIVATE_KEY_REFUSED`) for a field that looks private
 * @throws InvalidCommandError naming the field at fault
 */
export function parsePrekeysCommand(payload: unknown): PrekeysCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'publish':
      return parsePublish(value);
    case 'claim':
    case 'status':
      return { type: value['type'] };
    default:
      throw new InvalidCommandError(`unknown prekeys command "${String(value['type']).slice(0, 64)}"`, {
        field: 'type',
      });
  }
}

/**
 * Decides a prekeys command.
 * @throws NotFoundError (`NOT_FOUND`) for a claim before any publish
 * @throws CommandRejectedError (`DUPLICATE_PREKEY`, `PREKEY_POOL_FULL`) for a top-up that does not fit
 */
export function decidePrekeys(
  state: PrekeysState,
  command: PrekeysCommand,
  context: EntityContext,
): Decision<PrekeysEvent, PrekeysReply> {
  if (!USER_ID.test(context.id)) {
    throw new InvalidCommandError(`user id "${context.id.slice(0, 64)}" must be 1 to 128 of [A-Za-z0-9._~-]`, {
      field: 'id',
    });
  }
  switch (command.type) {
    case 'publish': {
      const replaced = state.identityKey !== command.identityKey;
      if (!replaced) {
        const ids = new Set(state.oneTimePrekeys.map((prekey) => prekey.id));
        const keys = new Set(state.oneTimePrekeys.map((prekey) => prekey.key));
        const clash = command.oneTimePrekeys.find((prekey) => ids.has(prekey.id) || keys.has(prekey.key));
        if (clash !== undefined) {
          throw new CommandRejectedError(
            'DUPLICATE_PREKEY',
            `one-time prekey ${clash.id} (or its key) is already in the pool of ${context.id}: publish new ones`,
          );
        }
        const total = state.oneTimePrekeys.length + command.oneTimePrekeys.length;
        if (total > MAX_ONE_TIME_PREKEYS) {
          throw new CommandRejectedError(
            'PREKEY_POOL_FULL',
            `the pool of ${context.id} holds ${state.oneTimePrekeys.length} one-time prekeys: at most ${MAX_ONE_TIME_PREKEYS - state.oneTimePrekeys.length} more fit`,
          );
        }
      }
      const event: PrekeysEvent = {
        type: 'published',
        identityKey: command.identityKey,
        signedPrekey: command.signedPrekey,
        oneTimePrekeys: command.oneTimePrekeys,
        replaced,
        at: context.now,
      };
      const pool = (replaced ? 0 : state.oneTimePrekeys.length) + command.oneTimePrekeys.length;
      return {
        events: [event],
        reply: { identityChanged: replaced && state.identityKey !== '', oneTimePrekeys: pool },
      };
    }
    case 'claim': {
      if (state.signedPrekey === undefined) {
        throw new NotFoundError(`user "${context.id}" has published no prekey bundle`, {
          what: 'prekeys',
          user: context.id,
        });
      }
      const [oneTimePrekey] = state.oneTimePrekeys;
      const bundle = { identityKey: state.identityKey, signedPrekey: state.signedPrekey };
      if (oneTimePrekey === undefined) {
        return { events: [], reply: { ...bundle, exhausted: true, oneTimePrekeysLeft: 0 } };
      }
      return {
        events: [{ type: 'prekeyClaimed', id: oneTimePrekey.id, at: context.now }],
        reply: { ...bundle, oneTimePrekey, exhausted: false, oneTimePrekeysLeft: state.oneTimePrekeys.length - 1 },
      };
    }
    case 'status':
      return { events: [], reply: status(state) };
  }
}

function status(state: PrekeysState): PrekeysStatus {
  return {
    published: state.signedPrekey !== undefined,
    identityKey: state.identityKey,
    signedPrekeyId: state.signedPrekey?.id ?? 0,
    signedPrekeyPublishedAt: state.signedPrekeyPublishedAt,
    oneTimePrekeys: state.oneTimePrekeys.length,
    topUp: state.oneTimePrekeys.length < TOP_UP_BELOW,
    maxOneTimePrekeys: MAX_ONE_TIME_PREKEYS,
    claimed: state.claimed,
  };
}

function parsePublish(value: Record<string, unknown>): PrekeysCommand {
  onlyFields(value, '', ['type', 'identityKey', 'signedPrekey', 'oneTimePrekeys']);
  const identityKey = publicKey(value['identityKey'], 'identityKey');
  try {
    if (ed25519.Point.fromBytes(Buffer.from(identityKey, 'base64')).isSmallOrder()) throw new RangeError('small order');
  } catch {
    throw new InvalidCommandError('identityKey is not a usable Ed25519 public key', { field: 'identityKey' });
  }
  const signedPrekey = parseSignedPrekey(value['signedPrekey'], identityKey);

  const list = value['oneTimePrekeys'];
  if (!Array.isArray(list)) {
    throw new InvalidCommandError('oneTimePrekeys must be a list of {id, key}', { field: 'oneTimePrekeys' });
  }
  if (list.length > MAX_ONE_TIME_PREKEYS) {
    throw new InvalidCommandError(`at most ${MAX_ONE_TIME_PREKEYS} one-time prekeys per publish, got ${list.length}`, {
      field: 'oneTimePrekeys',
      limit: String(MAX_ONE_TIME_PREKEYS),
    });
  }
  const ids = new Set<number>();
  const keys = new Set<string>([signedPrekey.key]);
  const oneTimePrekeys = list.map((item: unknown, index) => {
    const prekey = parsePrekey(item, `oneTimePrekeys[${index}]`);
    if (ids.has(prekey.id) || keys.has(prekey.key)) {
      throw new InvalidCommandError(`oneTimePrekeys[${index}] repeats an id or a key`, {
        field: `oneTimePrekeys[${index}]`,
      });
    }
    ids.add(prekey.id);
    keys.add(prekey.key);
    return prekey;
  });
  return { type: 'publish', identityKey, signedPrekey, oneTimePrekeys };
}

function parseSignedPrekey(raw: unknown, identityKey: string): SignedPrekey {
  const field = 'signedPrekey';
  const prekey = parsePrekey(raw, field, ['signature']);
  const signature = bytesField((raw as Record<string, unknown>)['signature'], `${field}.signature`, SIGNATURE_LENGTH);
  const key = Buffer.from(prekey.key, 'base64');
  if (!ed25519.verify(Buffer.from(signature, 'base64'), key, Buffer.from(identityKey, 'base64'), { zip215: false })) {
    throw new InvalidCommandError('signedPrekey.signature is not the identity key’s signature of signedPrekey.key', {
      field: `${field}.signature`,
      reason: 'BAD_SIGNATURE',
    });
  }
  try {
    x25519.getSharedSecret(PROBE_SCALAR, key);
  } catch {
    throw new InvalidCommandError('signedPrekey.key is a low-order X25519 point', { field: `${field}.key` });
  }
  return { id: prekey.id, key: prekey.key, signature };
}

function parsePrekey(raw: unknown, field: string, extra: readonly string[] = []): PublicPrekey {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidCommandError(`${field} must be an object {id, key${extra.map((name) => `, ${name}`).join('')}}`, {
      field,
    });
  }
  const value = raw as Record<string, unknown>;
  onlyFields(value, `${field}.`, ['id', 'key', ...extra]);
  const { id } = value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0 || id > MAX_PREKEY_ID) {
    throw new InvalidCommandError(`${field}.id must be a whole number from 0 to ${MAX_PREKEY_ID}`, {
      field: `${field}.id`,
    });
  }
  return { id, key: publicKey(value['key'], `${field}.key`) };
}

/** Refuses fields that look private before anything else, then fields it does not know. */
function onlyFields(value: Record<string, unknown>, prefix: string, allowed: readonly string[]): void {
  for (const name of Object.keys(value)) {
    if (PRIVATE_NAME.test(name)) throw new PrivateKeyRefusedError(`${prefix}${name}`);
  }
  for (const name of Object.keys(value)) {
    if (!allowed.includes(name)) {
      throw new InvalidCommandError(`unknown field "${prefix}${name.slice(0, 64)}"`, {
        field: `${prefix}${name.slice(0, 64)}`,
      });
    }
  }
}

function publicKey(raw: unknown, field: string): string {
  if (typeof raw === 'string' && decodedLength(raw) === PRIVATE_KEY_LENGTH) throw new PrivateKeyRefusedError(field);
  return bytesField(raw, field, PUBLIC_KEY_LENGTH);
}

/** A canonical standard-base64 string of exactly `length` bytes. */
function bytesField(raw: unknown, field: string, length: number): string {
  if (typeof raw !== 'string' || raw.length > 4 * Math.ceil(length / 3) || decodedLength(raw) !== length) {
    throw new InvalidCommandError(`${field} must be standard base64 of ${length} bytes`, {
      field,
      bytes: String(length),
    });
  }
  return raw;
}

/** The decoded length of a canonical base64 string, or -1 when it is not one. */
function decodedLength(text: string): number {
  if (text.length > 128) return -1;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes.length : -1;
}
