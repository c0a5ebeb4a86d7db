/**
 * DNS messages as the resolver shapes them (dns-packet does the wire format): answers made from a
 * query with a response code, and the response codes by name. A query that does not parse is
 * answered FORMERR when its header can be read; anything else (a response, a scrap) is dropped.
 */
import dnsPacket from 'dns-packet';
import type { DecodedPacket, Packet } from 'dns-packet';
import { readUsualQuery } from './query-reader.js';

export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
export type RcodeName = keyof typeof RCODE;

const HEADER_BYTES = 12;
/** Recursion desired and available: what every answer of a recursive resolver says. */
const RECURSIVE = dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE;

/** A name as the resolver compares names: lower case, without the root's trailing dot. */
export function comparableName(name: string): string {
  return (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
}

/** The response code of a decoded message. */
export function rcodeOf(packet: DecodedPacket): number {
  return (packet.flags ?? 0) & 0xf;
}

/** An answer to `query` with its question echoed, the given response code and records. */
export function answer(query: Packet, rcode: RcodeName, answers: Packet['answers'] = []): Packet {
  return {
    type: 'response',
    id: query.id ?? 0,
    flags: RECURSIVE | RCODE[rcode],
    questions: query.questions ?? [],
    answers,
  };
}

/** Parses a message. @returns the packet, or the id of a message whose header reads but whose rest does not */
export function parseQuery(bytes: Buffer): { packet: DecodedPacket } | { malformedId: number } | undefined {
  const usual = readUsualQuery(bytes);
  if (usual !== undefined) return { packet: usual };
  try {
    const packet = dnsPacket.decode(bytes);
    // A response is never answered: two servers must not bounce errors at each other.
    if (packet.type !== 'query') return undefined;
    if ((packet.questions ?? []).length !== 1) return { malformedId: packet.id ?? 0 };
    return { packet };
  } catch {
    // Only a header that reads as a query gets an answer.
    return bytes.length >= HEADER_BYTES && (bytes[2]! & 0x80) === 0
      ? { malformedId: bytes.readUInt16BE(0) }
      : undefined;
  }
}

/** FORMERR for a message whose header could be read (and nothing else of it echoed). */
export function formatError(id: number): Buffer {
  return dnsPacket.encode({ type: 'response', id, flags: RECURSIVE | RCODE.FORMERR, questions: [], answers: [] });
}

/** A message as DNS over TCP sends it: its length in two bytes, then the message (RFC 1035 4.2.2). */
export function framed(message: Buffer): Buffer {
  const bytes = Buffer.alloc(2 + message.length);
  bytes.writeUInt16BE(message.length);
  message.copy(bytes, 2);
  return bytes;
}

export function encode(packet: Packet): Buffer {
  return dnsPacket.encode(packet);
}

export function decode(bytes: Buffer): DecodedPacket {
  return dnsPacket.decode(bytes);
}
