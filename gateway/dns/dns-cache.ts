/**
 * The resolver's cache of upstream answers, by question (name, type, class). An answer is fresh for
 * its smallest TTL (a negative answer, for its SOA's minimum, RFC 2308), served with the TTLs it has
 * left; after that it may still be served for a while when the upstream cannot answer (serve-stale,
 * RFC 8767), with a TTL of 30 s. Bounded in entries: the oldest go first.
 */
import type { Answer, DecodedPacket, Question } from 'dns-packet';
import { comparableName } from './dns-message.js';
import { toWire, withWireTtls } from './wire-answer.js';
import type { WireAnswer } from './wire-answer.js';

/** What a stale answer is served with (RFC 8767's recommendation). */
const STALE_TTL_S = 30;
/** How long a negative answer without an SOA is kept. */
const NEGATIVE_TTL_S = 60;

export interface DnsCacheOptions {
  /** Most questions kept. @default 100_000 */
  readonly maxEntries?: number;
  /** How long past its TTL an answer may be served when the upstream fails, in seconds. @default 86_400 */
  readonly staleForS?: number;
  /** The longest an answer is kept fresh, whatever its TTL, in seconds. @default 86_400 */
  readonly maxTtlS?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

/** A fresh answer as kept: the reply (without additional records) and its wire form, TTLs aged. */
export interface CachedAnswer {
  readonly reply: DecodedPacket;
  /** Absent for a reply of an unusual shape (served by encoding `reply`). */
  readonly wire: WireAnswer | undefined;
}

interface Entry {
  readonly reply: DecodedPacket;
  readonly wire: WireAnswer | undefined;
  readonly storedAt: number;
  readonly expiresAt: number;
  /** The answer with its TTLs aged by `seconds`, made once per second it is asked in. */
  aged?: CachedAnswer & { readonly seconds: number };
}

export class DnsCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #staleForMs: number;
  readonly #maxTtlS: number;
  readonly #now: () => number;

  constructor(options: DnsCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 100_000;
    this.#staleForMs = (options.staleForS ?? 86_400) * 1000;
    this.#maxTtlS = options.maxTtlS ?? 86_400;
    this.#now = options.now ?? Date.now;
  }

  /** Keeps an answer of the upstream (NOERROR with records, or NXDOMAIN / NODATA); others are not kept. */
  store(question: Question, reply: DecodedPacket): void {
    const rcode = (reply.flags ?? 0) & 0xf;
    if (rcode !== 0 && rcode !== 3) return;
    if (reply.flag_tc) return;
    const ttl = Math.min(ttlOf(reply), this.#maxTtlS);
    if (ttl <= 0) return;
    const key = keyOf(question);
    // The upstream's additional records (its OPT, glue) are never served.
    const kept = { ...reply, additionals: [] };
    this.#entries.delete(key);
    this.#entries.set(key, {
      reply: kept,
      wire: toWire(kept),
      storedAt: this.#now(),
      expiresAt: this.#now() + ttl * 1000,
    });
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /** A fresh answer, its TTLs lowered by the time it spent here; undefined when none is fresh. */
  fresh(question: Question, id: number): DecodedPacket | undefined {
    const answer = this.freshAnswer(question);
    return answer === undefined ? undefined : { ...answer.reply, id };
  }

  /** A fresh answer as kept (the upstream's id), TTLs lowered by the time it spent here; undefined when none is fresh. */
  freshAnswer(question: Question): CachedAnswer | undefined {
    const entry = this.#entries.get(keyOf(question));
    const now = this.#now();
    if (entry === undefined || entry.expiresAt <= now) return undefined;
    const seconds = Math.floor((now - entry.storedAt) / 1000);
    if (entry.aged?.seconds !== seconds) {
      const aged = (ttl: number) => Math.max(ttl - seconds, 0);
      entry.aged = {
        seconds,
        reply: withTtls(entry.reply, entry.reply.id ?? 0, aged),
        wire: entry.wire === undefined ? undefined : withWireTtls(entry.wire, aged),
      };
    }
    return entry.aged;
  }

  /** An expired answer still within the stale window, with short TTLs; undefined when there is none. */
  stale(question: Question, id: number): DecodedPacket | undefined {
    const key = keyOf(question);
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt + this.#staleForMs <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return withTtls(entry.reply, id, () => STALE_TTL_S);
  }

  get size(): number {
    return this.#entries.size;
  }
}

function keyOf(question: Question): string {
  return `${comparableName(question.name)}\n${question.type}\n${question.class ?? 'IN'}`;
}

/** The smallest TTL of the answer's records; for a negative answer, its SOA's (RFC 2308). */
function ttlOf(reply: DecodedPacket): number {
  const records = [...(reply.answers ?? []), ...(reply.authorities ?? [])].filter((record) => record.type !== 'OPT');
  if ((reply.answers ?? []).length === 0) {
    const soa = (reply.authorities ?? []).find((record) => record.type === 'SOA') as
      (Answer & { ttl?: number; data: { minimum: number } }) | undefined;
    return soa === undefined ? NEGATIVE_TTL_S : Math.min(soa.ttl ?? NEGATIVE_TTL_S, soa.data.minimum);
  }
  return Math.min(...records.map((record) => (record as { ttl?: number }).ttl ?? 0));
}

function withTtls(reply: DecodedPacket, id: number, ttl: (ttl: number) => number): DecodedPacket {
  const adjust = (records: Answer[] | undefined) =>
    records?.map((record) =>
      record.type === 'OPT' ? record : { ...record, ttl: ttl((record as { ttl?: number }).ttl ?? 0) },
    ) as Answer[] | undefined;
  return { ...reply, id, answers: adjust(reply.answers), authorities: adjust(reply.authorities) };
}
