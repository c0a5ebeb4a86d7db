/**
 * The envelope keys a node or gateway holds in memory: fetched from the registry's
 * `envelope-keys/cluster` entity (sealed to a one-time X25519 key of this process), refreshed in
 * the background well before an epoch ends, and at once (at most every `minRefreshMs`) when a
 * request names an epoch it has no key for, so a rotation needs no restart.
 */
import { createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { UnavailableError } from '../../actors/index.js';
import { envelopeKeysContext, ENVELOPE_KEYS_ID, epochAt } from '../envelope-keys/index.js';
import type { EnvelopeKeysCommand, EnvelopeKeysFetchReply, TransportedKeys } from '../envelope-keys/index.js';
import { newTransportKeyPair, openFromSender } from '../keyset/key-transport.js';

/** Sends `fetch` to the envelope-keys entity (through a client that carries this node's credential). */
export type AskEnvelopeKeys = (command: EnvelopeKeysCommand & { type: 'fetch' }) => Promise<EnvelopeKeysFetchReply>;

/** Options of {@link EnvelopeKeyring}. */
export interface EnvelopeKeyringOptions {
  /**
   * Fetch again after this many milliseconds (the next epoch's key arrives long before it starts).
   * @default 600000 (10 min)
   */
  readonly refreshMs?: number;
  /**
   * Least time between two fetches caused by an unknown epoch.
   * @default 1000
   */
  readonly minRefreshMs?: number;
}

export class EnvelopeKeyring {
  readonly #ask: AskEnvelopeKeys;
  readonly #refreshMs: number;
  readonly #minRefreshMs: number;
  /**
   * Keys by epoch, as KeyObjects: an HMAC keyed with raw bytes makes a KeyObject on every call
   * (32 µs here, against 7 µs with one made once).
   */
  #keys = new Map<number, KeyObject>();
  #nameKey: KeyObject | undefined;
  #fetchedAt = -Infinity;
  #fetching: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(ask: AskEnvelopeKeys, options: EnvelopeKeyringOptions = {}) {
    this.#ask = ask;
    this.#refreshMs = options.refreshMs ?? 600_000;
    this.#minRefreshMs = options.minRefreshMs ?? 1000;
  }

  /** Whether keys were loaded (a node serves no envelope before). */
  get loaded(): boolean {
    return this.#keys.size > 0;
  }

  /**
   * Fetches the keys now and keeps them fresh from then on.
   * @throws the registry's failure when the fetch fails
   */
  async load(): Promise<void> {
    await this.#refresh();
    if (this.#timer === undefined && !this.#closed) {
      this.#timer = setInterval(() => void this.#refresh().catch(() => undefined), this.#refreshMs);
      this.#timer.unref();
    }
  }

  /**
   * Loads the keys in the background, trying again every `retryMs` until it succeeds or the
   * keyring is closed (a node that starts before the registry does). `onError` hears each failure.
   */
  loadInBackground(onError: (error: unknown) => void, retryMs = 1000): void {
    const attempt = (): void => {
      if (this.#closed || this.loaded) return;
      this.load().catch((error: unknown) => {
        onError(error);
        setTimeout(attempt, retryMs).unref();
      });
    };
    attempt();
  }

  /**
   * The key to vouch with now: the current epoch's, or the newest one held before it.
   * @throws UnavailableError (`UNAVAILABLE`) before {@link load} has succeeded
   */
  signingKey(now = Date.now()): { readonly epoch: number; readonly key: KeyObject } {
    const epoch = epochAt(now);
    const key = this.#keys.get(epoch);
    if (key !== undefined) return { epoch, key };
    const held = [...this.#keys.keys()].filter((known) => known <= epoch).sort((a, b) => b - a)[0];
    if (held === undefined) throw new UnavailableError('this node has no envelope key yet (is the registry up?)');
    return { epoch: held, key: this.#keys.get(held)! };
  }

  /** The key of `epoch` if it is held and in use now (no fetch): the common case, without a wait. */
  heldKey(epoch: number, now = Date.now()): KeyObject | undefined {
    return Math.abs(epoch - epochAt(now)) > 1 ? undefined : this.#keys.get(epoch);
  }

  /**
   * The key of `epoch` when it is one a request may use now (the previous, current or next
   * epoch), fetching once more when it is such an epoch and unknown; `undefined` otherwise.
   */
  async verifyingKey(epoch: number, now = Date.now()): Promise<KeyObject | undefined> {
    if (Math.abs(epoch - epochAt(now)) > 1) return undefined;
    const key = this.#keys.get(epoch);
    if (key !== undefined) return key;
    if (Date.now() - this.#fetchedAt < this.#minRefreshMs) return undefined;
    await this.#refresh().catch(() => undefined);
    return this.#keys.get(epoch);
  }

  /**
   * The platform's name key (see envelope-keys/protocol.ts `TransportedKeys`).
   * @throws UnavailableError (`UNAVAILABLE`) before {@link load} has succeeded
   */
  nameKey(): KeyObject {
    if (this.#nameKey === undefined) throw new UnavailableError('this node has no name key yet (is the registry up?)');
    return this.#nameKey;
  }

  /** Wipes the keys (the vault was sealed); {@link load} fetches them again. */
  forget(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    // A KeyObject's bytes live in OpenSSL: dropping the last reference is how they go.
    this.#keys.clear();
    this.#nameKey = undefined;
    this.#fetchedAt = -Infinity;
  }

  /** Stops refreshing and wipes the keys; idempotent. */
  close(): void {
    this.#closed = true;
    this.forget();
  }

  /** One fetch at a time; a failed one keeps the keys held. */
  #refresh(): Promise<void> {
    this.#fetching ??= (async () => {
      try {
        const pair = newTransportKeyPair();
        try {
          const reply = await this.#ask({ type: 'fetch', recipient: Buffer.from(pair.publicKey).toString('base64') });
          const plaintext = openFromSender(
            pair,
            Buffer.from(reply.sealed, 'base64'),
            envelopeKeysContext(ENVELOPE_KEYS_ID),
          );
          const transported = JSON.parse(Buffer.from(plaintext).toString('utf8')) as TransportedKeys;
          plaintext.fill(0);
          if (this.#closed) return;
          const keys = new Map<number, KeyObject>();
          for (const { epoch, key } of transported.keys) keys.set(epoch, secretKey(key));
          this.#keys = keys;
          this.#nameKey = secretKey(transported.nameKey);
          this.#fetchedAt = Date.now();
        } finally {
          pair.secretKey.fill(0);
        }
      } finally {
        this.#fetching = undefined;
      }
    })();
    return this.#fetching;
  }
}

/** A secret KeyObject of base64 key bytes (the decoded bytes are wiped). */
function secretKey(base64: string): KeyObject {
  const bytes = Buffer.from(base64, 'base64');
  const key = createSecretKey(bytes);
  bytes.fill(0);
  return key;
}
