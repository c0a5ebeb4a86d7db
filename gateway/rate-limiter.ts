/**
 * Token buckets per key (an IP address, an account): each holds up to `burst` tokens and refills
 * at `perSecond`; a request takes one or is refused with how long to wait. Idle buckets are
 * dropped so the map stays bounded by the callers of the last minute.
 */
import { RateLimitedError } from './errors.js';

export interface RateLimit {
  /** Sustained requests per second. */
  readonly perSecond: number;
  /** Requests allowed at once after a quiet spell. */
  readonly burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const SWEEP_EVERY_MS = 60_000;

export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #what: string;
  readonly #buckets = new Map<string, Bucket>();
  #sweptAt = Date.now();

  /** @param what - who a key is, for the error ("IP address", "account") */
  constructor(limit: RateLimit, what: string) {
    if (!(limit.perSecond > 0) || !(limit.burst >= 1))
      throw new RangeError('a rate limit needs perSecond > 0 and burst >= 1');
    this.#limit = limit;
    this.#what = what;
  }

  /** @throws RateLimitedError (`RESOURCE_EXHAUSTED`) when the key has no token left */
  take(key: string, now = Date.now()): void {
    const waitMs = this.#take(key, now);
    if (waitMs > 0) throw new RateLimitedError(this.#what, waitMs);
  }

  /** Takes a token if the key has one left (for hot paths that refuse without an error). */
  tryTake(key: string, now = Date.now()): boolean {
    return this.#take(key, now) === 0;
  }

  /** @returns 0 when a token was taken, else how long until one is there, in ms */
  #take(key: string, now: number): number {
    this.#sweep(now);
    const { perSecond, burst } = this.#limit;
    const bucket = this.#buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens < 1) return ((1 - bucket.tokens) / perSecond) * 1000;
    bucket.tokens -= 1;
    return 0;
  }

  #sweep(now: number): void {
    if (now - this.#sweptAt < SWEEP_EVERY_MS) return;
    this.#sweptAt = now;
    const full = this.#limit.burst / this.#limit.perSecond;
    for (const [key, bucket] of this.#buckets) if (now - bucket.at > full * 1000) this.#buckets.delete(key);
  }
}
