/** Validation and decisions of a `signing-keys/<purpose>` entity. */
import { ed25519 } from '@noble/curves/ed25519.js';
import { CommandRejectedError, InvalidCommandError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { recipientField, sealToRecipient } from '../keyset/key-transport.js';
import { publicJwk, thumbprintOf } from './jwk.js';
import type { SigningKeysCommand, SigningKeysEvent, SigningKeysReply, SigningKeysStatus } from './protocol.js';
import type { SigningKeyRecord, SigningKeysState } from './state.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Bounds of `configure`. */
export const ROTATION_PERIOD_BOUNDS = { min: HOUR, max: 90 * DAY } as const;
/** Bounds of `configure`'s `maxTokenLifetimeMs`. */
export const MAX_TOKEN_LIFETIME_BOUNDS = { min: MINUTE, max: DAY } as const;
/**
 * How long a node may sign with a fetched key before it must fetch again: once a key is rotated
 * out, no node signs with it for longer than this.
 */
export const SIGNER_LEASE_MS = 5 * MINUTE;
/** Clock skew between nodes that a retired key's publication still covers. */
export const CLOCK_SKEW_MS = MINUTE;
/** At most this many keys are kept (current and retired); an explicit rotate beyond it is refused. */
export const MAX_SIGNING_KEYS = 32;

const PURPOSE = /^[a-z][a-z0-9-]{0,31}$/;
const SEED_LENGTH = 32;

/** @throws InvalidCommandError naming the field at fault */
export function parseSigningKeysCommand(payload: unknown): SigningKeysCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'fetch': {
      const recipient = recipientField(value);
      return { type: 'fetch', recipient };
    }
    case 'configure': {
      const rotationPeriodMs = optionalBounded(value, 'rotationPeriodMs', ROTATION_PERIOD_BOUNDS);
      const maxTokenLifetimeMs = optionalBounded(value, 'maxTokenLifetimeMs', MAX_TOKEN_LIFETIME_BOUNDS);
      if (rotationPeriodMs === undefined && maxTokenLifetimeMs === undefined) {
        throw new InvalidCommandError('configure needs rotationPeriodMs and/or maxTokenLifetimeMs', {
          field: 'rotationPeriodMs',
        });
      }
      return {
        type: 'configure',
        ...(rotationPeriodMs === undefined ? {} : { rotationPeriodMs }),
        ...(maxTokenLifetimeMs === undefined ? {} : { maxTokenLifetimeMs }),
      };
    }
    case 'rotate':
    case 'jwks':
    case 'status':
      return { type: value['type'] };
    default:
      throw new InvalidCommandError(`unknown signing-keys command "${String(value['type']).slice(0, 64)}"`, {
        field: 'type',
      });
  }
}

/**
 * Decides a signing-keys command; every command first drops retired keys whose tokens have expired.
 * @throws InvalidCommandError for a purpose id that is not one, or a recipient that is not usable
 * @throws CommandRejectedError (`TOO_MANY_KEYS`) for a rotation beyond {@link MAX_SIGNING_KEYS}
 */
export function decideSigningKeys(
  state: SigningKeysState,
  command: SigningKeysCommand,
  context: EntityContext,
): Decision<SigningKeysEvent, SigningKeysReply> {
  if (!PURPOSE.test(context.id)) {
    throw new InvalidCommandError(
      `signing key purpose "${context.id.slice(0, 64)}" must be lower-case letters, digits and '-', starting with a letter, at most 32`,
      { field: 'id' },
    );
  }
  // Retired keys whose tokens have all expired leave the set first, whatever the command.
  const events: SigningKeysEvent[] = [];
  const expired = state.keys.filter((key) => key.retiredAt !== undefined && dropAt(key) <= context.now);
  if (expired.length > 0) events.push({ type: 'keysDropped', kids: expired.map((key) => key.kid), at: context.now });
  const live = state.keys.filter((key) => !expired.includes(key));
  const current = live.find((key) => key.kid === state.current);

  switch (command.type) {
    case 'fetch': {
      // A due rotation waits when the set is full: the current key stays valid meanwhile.
      const due = current !== undefined && context.now - current.createdAt >= state.rotationPeriodMs;
      let signing: { readonly kid: string; readonly seed: string; readonly x: string };
      if (current?.seed === undefined || (due && live.length < MAX_SIGNING_KEYS)) {
        const created = newKey(context, state.current);
        events.push(created);
        signing = created;
      } else {
        signing = { kid: current.kid, seed: current.seed, x: current.x };
      }
      const seed = Buffer.from(signing.seed, 'base64');
      let sealed: Uint8Array;
      try {
        sealed = sealToRecipient(
          Buffer.from(command.recipient, 'base64'),
          seed,
          signingTransportContext(context.id, signing.kid),
          (n) => context.random(n),
        );
      } catch {
        throw new InvalidCommandError('recipient is not a usable X25519 public key', { field: 'recipient' });
      } finally {
        seed.fill(0);
      }
      return {
        events,
        reply: {
          kid: signing.kid,
          sealed: Buffer.from(sealed).toString('base64'),
          x: signing.x,
          leaseMs: SIGNER_LEASE_MS,
          maxTokenLifetimeMs: state.maxTokenLifetimeMs,
        },
      };
    }
    case 'rotate': {
      if (live.length >= MAX_SIGNING_KEYS) {
        throw new CommandRejectedError(
          'TOO_MANY_KEYS',
          `signing-keys/${context.id} already holds ${live.length} keys whose tokens may still be valid: rotate again once older ones expire`,
        );
      }
      const created = newKey(context, state.current);
      return { events: [...events, created], reply: { current: created.kid, retired: state.current } };
    }
    case 'jwks':
      // The current key first, then the newest retired ones: verifiers look up by kid anyway.
      return { events, reply: { keys: [...live].reverse().map((key) => publicJwk(key.kid, key.x)) } };
    case 'configure': {
      const rotationPeriodMs = command.rotationPeriodMs ?? state.rotationPeriodMs;
      const maxTokenLifetimeMs = command.maxTokenLifetimeMs ?? state.maxTokenLifetimeMs;
      events.push({ type: 'configured', rotationPeriodMs, maxTokenLifetimeMs, at: context.now });
      return { events, reply: { ...status(state, live), rotationPeriodMs, maxTokenLifetimeMs } };
    }
    case 'status':
      return { events, reply: status(state, live) };
  }
}

/**
 * The associated data of a transported signing key: which purpose and key it is, so a node asking
 * for one purpose's key cannot be handed another's, nor a key under another kid.
 */
export function signingTransportContext(purpose: string, kid: string): string {
  return `signing-keys/${purpose}#${kid}`;
}

/**
 * When a retired key may leave the JWKS: a node signs with it at most {@link SIGNER_LEASE_MS} after
 * it was retired, for at most the longest lifetime then in force, plus clock skew.
 */
function dropAt(key: SigningKeyRecord): number {
  return (key.retiredAt ?? Infinity) + SIGNER_LEASE_MS + key.lifetimeMs + CLOCK_SKEW_MS;
}

function newKey(
  context: EntityContext,
  previous: string,
): SigningKeysEvent & { type: 'keyCreated' | 'keyRotated'; seed: string } {
  const bytes = context.random(SEED_LENGTH);
  const x = Buffer.from(ed25519.getPublicKey(bytes)).toString('base64url');
  const seed = Buffer.from(bytes).toString('base64');
  bytes.fill(0);
  const kid = thumbprintOf(x);
  return previous === ''
    ? { type: 'keyCreated', kid, seed, x, at: context.now }
    : { type: 'keyRotated', kid, seed, x, retired: previous, at: context.now };
}

function status(state: SigningKeysState, live: readonly SigningKeyRecord[]): SigningKeysStatus {
  return {
    current: state.current,
    keys: live.map((key) => ({
      kid: key.kid,
      createdAt: key.createdAt,
      ...(key.retiredAt === undefined ? {} : { retiredAt: key.retiredAt, dropAt: dropAt(key) }),
    })),
    rotationPeriodMs: state.rotationPeriodMs,
    maxTokenLifetimeMs: state.maxTokenLifetimeMs,
  };
}

function optionalBounded(
  value: Record<string, unknown>,
  field: string,
  bounds: { readonly min: number; readonly max: number },
): number | undefined {
  const raw = value[field];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < bounds.min || raw > bounds.max) {
    throw new InvalidCommandError(
      `${field} must be a whole number of milliseconds from ${bounds.min} to ${bounds.max}`,
      {
        field,
        min: String(bounds.min),
        max: String(bounds.max),
      },
    );
  }
  return raw;
}
