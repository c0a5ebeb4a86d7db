/**
 * Answers kept in wire form, so a cached answer is copied for each query rather than encoded: it
 * is encoded once, without its OPT record, with where its question ends and where its records'
 * TTLs sit. Serving it writes the asker's id, the asker's own question (the case of the name as
 * asked: clients that randomise it check the echo) and this server's OPT record, padded when asked.
 */
import type { Packet } from 'dns-packet';
import { encode } from './dns-message.js';

const HEADER_BYTES = 12;
/** An OPT record with no option: root name, type, UDP size, extended rcode/version/flags, length. */
const OPT_BYTES = 11;
const OPT_TYPE = 41;
/** Option code of EDNS padding (RFC 7830), and its header. */
const PADDING = 12;
const OPTION_HEADER_BYTES = 4;

export interface WireAnswer {
  /** The message with id 0 and no additional records. */
  readonly bytes: Buffer;
  /** Where its one question ends (and the records begin). */
  readonly questionEnd: number;
  /** Where each answer and authority record's 32-bit TTL sits. */
  readonly ttlAt: readonly number[];
}

/**
 * The answer's wire form; undefined for one this does not keep so (not exactly one question, or
 * records dns-packet cannot encode again).
 */
export function toWire(reply: Packet): WireAnswer | undefined {
  let bytes: Buffer;
  try {
    bytes = encode({ ...reply, id: 0, additionals: [] });
  } catch {
    return undefined;
  }
  if (bytes.readUInt16BE(4) !== 1) return undefined;
  const questionEnd = questionEndOf(bytes);
  if (questionEnd === undefined) return undefined;
  const records = bytes.readUInt16BE(6) + bytes.readUInt16BE(8);
  const ttlAt: number[] = [];
  let at = questionEnd;
  for (let record = 0; record < records; record++) {
    const nameEnd = nameEndOf(bytes, at, true);
    if (nameEnd === undefined || nameEnd + 10 > bytes.length) return undefined;
    ttlAt.push(nameEnd + 4);
    at = nameEnd + 10 + bytes.readUInt16BE(nameEnd + 8);
  }
  return at === bytes.length ? { bytes, questionEnd, ttlAt } : undefined;
}

/** The smallest TTL of its records; undefined when it has none. */
export function smallestWireTtl(wire: WireAnswer): number | undefined {
  let smallest: number | undefined;
  for (const at of wire.ttlAt) {
    const ttl = wire.bytes.readUInt32BE(at);
    if (smallest === undefined || ttl < smallest) smallest = ttl;
  }
  return smallest;
}

/** A copy whose every TTL is `ttl` of what it was. */
export function withWireTtls(wire: WireAnswer, ttl: (seconds: number) => number): WireAnswer {
  const bytes = Buffer.from(wire.bytes);
  for (const at of wire.ttlAt) bytes.writeUInt32BE(ttl(bytes.readUInt32BE(at)), at);
  return { ...wire, bytes };
}

/**
 * The bytes answering `query` (a message with one uncompressed question): the kept answer with the
 * query's id and question, and this server's OPT record when `edns`. Undefined when the query's
 * question is not the kept one's length (it was asked another way: the caller encodes instead).
 */
export function serveWire(wire: WireAnswer, query: Buffer, edns: Edns | undefined): Buffer | undefined {
  const questionEnd = questionEndOf(query);
  if (questionEnd !== wire.questionEnd) return undefined;
  const { bytes, at } = allocate(wire.bytes.length, edns);
  // Typed-array copies: Buffer.copy's checks cost more than these few dozen bytes.
  bytes.set(wire.bytes);
  bytes[0] = query[0]!;
  bytes[1] = query[1]!;
  for (let i = HEADER_BYTES; i < questionEnd; i++) bytes[i] = query[i]!;
  return withOpt(bytes, at, edns);
}

/**
 * An answer without records (an error, a blocked name) to `query`: its header with `flags`, its
 * question, and this server's OPT record when `edns`. Undefined when the question has a pointer.
 */
export function serveBare(flags: number, query: Buffer, edns: Edns | undefined): Buffer | undefined {
  const questionEnd = questionEndOf(query);
  if (questionEnd === undefined) return undefined;
  const { bytes, at } = allocate(questionEnd, edns);
  for (let i = 0; i < questionEnd; i++) bytes[i] = query[i]!;
  bytes.writeUInt16BE(flags, 2);
  bytes.writeUInt16BE(1, 4);
  bytes.fill(0, 6, HEADER_BYTES);
  return withOpt(bytes, at, edns);
}

/** The OPT record to add: the UDP size offered, and the block size to pad to (RFC 8467) if any. */
export interface Edns {
  readonly udpSize: number;
  readonly padTo?: number;
}

/** Room for a message of `length` bytes and its OPT record (padded); `at` is where the OPT goes. */
function allocate(length: number, edns: Edns | undefined): { bytes: Buffer; at: number } {
  if (edns === undefined) return { bytes: Buffer.allocUnsafe(length), at: length };
  const plain = length + OPT_BYTES;
  const padding =
    edns.padTo === undefined
      ? 0
      : OPTION_HEADER_BYTES + ((edns.padTo - ((plain + OPTION_HEADER_BYTES) % edns.padTo)) % edns.padTo);
  return { bytes: Buffer.allocUnsafe(plain + padding), at: length };
}

/** Writes the OPT record (and the padding that fills the rest) at `at`, the message's only additional record. */
function withOpt(bytes: Buffer, at: number, edns: Edns | undefined): Buffer {
  if (edns === undefined) return bytes;
  bytes.writeUInt16BE(1, 10);
  const options = bytes.length - at - OPT_BYTES;
  bytes[at] = 0;
  bytes.writeUInt16BE(OPT_TYPE, at + 1);
  bytes.writeUInt16BE(edns.udpSize, at + 3);
  bytes.writeUInt32BE(0, at + 5);
  bytes.writeUInt16BE(options, at + 9);
  if (options === 0) return bytes;
  at += OPT_BYTES;
  bytes.writeUInt16BE(PADDING, at);
  bytes.writeUInt16BE(options - OPTION_HEADER_BYTES, at + 2);
  bytes.fill(0, at + OPTION_HEADER_BYTES);
  return bytes;
}

/** Where the first question of a message ends, when its name is plain labels (no pointer). */
export function questionEndOf(message: Buffer): number | undefined {
  const nameEnd = nameEndOf(message, HEADER_BYTES, false);
  return nameEnd === undefined || nameEnd + 4 > message.length ? undefined : nameEnd + 4;
}

/** Where a name starting at `at` ends; undefined when it runs off the message (or has a pointer not allowed). */
function nameEndOf(message: Buffer, at: number, pointers: boolean): number | undefined {
  for (;;) {
    const length = message[at];
    if (length === undefined) return undefined;
    if (length === 0) return at + 1;
    if (length >= 0xc0) return pointers && at + 2 <= message.length ? at + 2 : undefined;
    if (length > 63) return undefined;
    at += 1 + length;
  }
}
