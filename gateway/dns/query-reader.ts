/**
 * The usual query read without the general decoder, for the hot path: a standard query with one
 * question of printable ASCII labels, a common type, class IN, and at most an OPT record after it.
 * It gives what dns-packet's decode gives, except that the OPT record's options are checked for
 * shape but not read (the resolver passes none on). Anything else gives undefined, and dns-packet
 * reads it (dns-message.ts).
 */
import type { DecodedPacket } from 'dns-packet';

const HEADER_BYTES = 12;
/** dns-packet refuses a name whose labels and their length bytes pass this. */
const MAX_NAME_BYTES = 254;
const OPT_TYPE = 41;
const CLASS_IN = 1;
/** The types clients ask every second; rarer ones go through dns-packet. */
const TYPES = new Map<number, string>([
  [1, 'A'],
  [2, 'NS'],
  [5, 'CNAME'],
  [6, 'SOA'],
  [12, 'PTR'],
  [15, 'MX'],
  [16, 'TXT'],
  [28, 'AAAA'],
  [33, 'SRV'],
  [64, 'UNKNOWN_64'],
  [65, 'UNKNOWN_65'],
  [255, 'ANY'],
]);

export function readUsualQuery(message: Buffer): DecodedPacket | undefined {
  if (message.length < HEADER_BYTES + 5) return undefined;
  const flags = message.readUInt16BE(2);
  // A query (QR 0), opcode QUERY, no response code; one question, no answer or authority.
  if ((flags & 0xf80f) !== 0 || message.readUInt32BE(4) !== 0x10000 || message.readUInt16BE(8) !== 0) return undefined;
  const additionals = message.readUInt16BE(10);
  if (additionals > 1) return undefined;
  const name = nameAt(message);
  if (name === undefined) return undefined;
  const type = TYPES.get(message.readUInt16BE(name.end));
  if (type === undefined || message.readUInt16BE(name.end + 2) !== CLASS_IN) return undefined;
  let opt: object | undefined;
  if (additionals === 1) {
    opt = optAt(message, name.end + 4);
    if (opt === undefined) return undefined;
  }
  return {
    id: message.readUInt16BE(0),
    type: 'query',
    flags,
    flag_qr: false,
    opcode: 'QUERY',
    flag_aa: (flags & 0x400) !== 0,
    flag_tc: (flags & 0x200) !== 0,
    flag_rd: (flags & 0x100) !== 0,
    flag_ra: (flags & 0x80) !== 0,
    flag_z: (flags & 0x40) !== 0,
    flag_ad: (flags & 0x20) !== 0,
    flag_cd: (flags & 0x10) !== 0,
    rcode: 'NOERROR',
    questions: [{ name: name.text, type: type as 'A', class: 'IN' }],
    answers: [],
    authorities: [],
    additionals: opt === undefined ? [] : [opt as never],
  } as DecodedPacket;
}

/** The question's name (labels of printable ASCII but '.'), and where its type starts. */
function nameAt(message: Buffer): { text: string; end: number } | undefined {
  let at = HEADER_BYTES;
  let text = '';
  for (;;) {
    const length = message[at];
    if (length === undefined || length > 63) return undefined;
    if (length === 0) break;
    const end = at + 1 + length;
    if (end - HEADER_BYTES > MAX_NAME_BYTES || end > message.length) return undefined;
    for (let i = at + 1; i < end; i++) {
      const byte = message[i]!;
      if (byte < 0x21 || byte > 0x7e || byte === 0x2e) return undefined;
    }
    text += (text === '' ? '' : '.') + message.toString('latin1', at + 1, end);
    at = end;
  }
  return at + 5 > message.length ? undefined : { text: text === '' ? '.' : text, end: at + 1 };
}

/** The OPT record at `at` (root name, its options whole), as dns-packet decodes it but for the options. */
function optAt(message: Buffer, at: number): object | undefined {
  if (at + 11 > message.length || message[at] !== 0 || message.readUInt16BE(at + 1) !== OPT_TYPE) return undefined;
  const end = at + 11 + message.readUInt16BE(at + 9);
  if (end > message.length) return undefined;
  let option = at + 11;
  while (option < end) {
    if (option + 4 > end) return undefined;
    option += 4 + message.readUInt16BE(option + 2);
  }
  if (option !== end) return undefined;
  const flags = message.readUInt16BE(at + 7);
  return {
    name: '.',
    type: 'OPT',
    udpPayloadSize: message.readUInt16BE(at + 3),
    extendedRcode: message[at + 5],
    ednsVersion: message[at + 6],
    flags,
    flag_do: (flags & 0x8000) !== 0,
    options: [],
  };
}
