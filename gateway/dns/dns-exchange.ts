/**
 * One message in, the bytes to send back out, the same for every transport: the message is parsed
 * before anything else happens (FORMERR for one whose header reads, nothing for a scrap or a
 * response); the answer carries an EDNS record when the query had one (RFC 6891), padded on the
 * encrypted transports to a multiple of 468 bytes so its size does not tell the name (RFC 8467);
 * an answer too large for the client's UDP size is cut to its question with TC set, so the client
 * asks again over TCP.
 */
import dnsPacket from 'dns-packet';
import type { Answer, DecodedPacket, Packet } from 'dns-packet';
import { isEncrypted } from './asker.js';
import type { Asker } from './asker.js';
import { encode, formatError, parseQuery } from './dns-message.js';
import { serveBare, serveWire } from './wire-answer.js';
import type { Edns, WireAnswer } from './wire-answer.js';

/** An answer, and its wire form when the resolver has it at hand (a cached answer). */
export interface Answered {
  readonly reply: Packet;
  readonly wire?: WireAnswer;
}

/**
 * What a query is answered with (the resolver's decision for it): at once when everything it
 * needs is at hand (a cached answer, a blocked name), else later.
 */
export type AnswerQuery = (query: DecodedPacket, asker: Asker) => Answered | Promise<Answered>;

const PLAIN_UDP_SIZE = 512;
/** The UDP size this server offers and accepts at most (the DNS flag day's 1232 avoids fragments). */
export const EDNS_UDP_SIZE = 1232;
/** RFC 8467's block-length padding for responses. */
const RESPONSE_BLOCK = 468;
/** Option code of EDNS padding (RFC 7830). */
const PADDING = 12;
/** The header's response flag (dns-packet sets it from the packet's type). */
const QR = 0x8000;
const PLAIN_OPT: Edns = { udpSize: EDNS_UDP_SIZE };
const PADDED_OPT: Edns = { udpSize: EDNS_UDP_SIZE, padTo: RESPONSE_BLOCK };

/** An answer of the query's own question and no records (an error, a blocked name). */
function isBare(reply: Packet, query: DecodedPacket): boolean {
  return (
    reply.type === 'response' &&
    reply.questions === query.questions &&
    (reply.answers ?? []).length === 0 &&
    (reply.authorities ?? []).length === 0 &&
    (reply.additionals ?? []).length === 0
  );
}

/**
 * The bytes answering `message`, or undefined to send nothing. Over UDP an answer is at most what
 * the client takes: 512 bytes without EDNS, else its EDNS size within [512, 1232].
 */
export function exchange(
  message: Buffer,
  asker: Asker,
  answerQuery: AnswerQuery,
  /** Told of the answer before it is encoded (DoH reads its TTLs for Cache-Control). */
  onReply?: (answered: Answered) => void,
): Buffer | undefined | Promise<Buffer | undefined> {
  const parsed = parseQuery(message);
  if (parsed === undefined) return undefined;
  if ('malformedId' in parsed) return formatError(parsed.malformedId);
  const query = parsed.packet;
  const edns = optOf(query);
  const reply = answerQuery(query, asker);
  // Synchronous when the answer is (no promise, no extra tick on the hot path).
  const encoded = (answered: Answered) => {
    onReply?.(answered);
    return encodeAnswer(message, query, answered, edns, asker);
  };
  return reply instanceof Promise ? reply.then(encoded) : encoded(reply);
}

function encodeAnswer(
  message: Buffer,
  query: DecodedPacket,
  answered: Answered,
  edns: Opt | undefined,
  asker: Asker,
): Buffer {
  // The packet is read only when the answer is not copied (a kept answer makes it on demand).
  const { wire } = answered;
  const sized =
    asker.transport !== 'udp'
      ? Number.MAX_SAFE_INTEGER
      : edns === undefined
        ? PLAIN_UDP_SIZE
        : Math.min(Math.max(edns.udpPayloadSize ?? 0, PLAIN_UDP_SIZE), EDNS_UDP_SIZE);
  const pad = isEncrypted(asker.transport);
  // A kept answer is copied, one without records made from the query; one too large for UDP is
  // cut below, from the packet.
  const opt = edns === undefined ? undefined : pad ? PADDED_OPT : PLAIN_OPT;
  const copied =
    wire !== undefined
      ? serveWire(wire, message, opt)
      : isBare(answered.reply, query)
        ? serveBare(((answered.reply.flags ?? 0) & ~QR) | QR, message, opt)
        : undefined;
  if (copied !== undefined && copied.length <= sized) return copied;
  const reply = answered.reply;
  const bytes = withEdns(reply, edns !== undefined, pad);
  if (bytes.length <= sized) return bytes;
  // Too large for UDP: the question alone, truncated, so the client asks over TCP.
  return withEdns(
    {
      type: 'response',
      id: reply.id,
      flags: (reply.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE,
      questions: reply.questions,
      answers: [],
    },
    edns !== undefined,
    false,
  );
}

type Opt = Answer & { udpPayloadSize?: number; options?: { code: number | string; length?: number }[] };

function optOf(packet: Packet): Opt | undefined {
  return (packet.additionals ?? []).find((record) => record.type === 'OPT') as Opt | undefined;
}

/**
 * The answer's bytes with this server's own EDNS record (the upstream's, with whatever options it
 * carried, never reaches the client), padded when asked.
 */
function withEdns(reply: Packet, edns: boolean, pad: boolean): Buffer {
  const additionals = (reply.additionals ?? []).filter((record) => record.type !== 'OPT');
  if (!edns) return encode({ ...reply, additionals });
  const opt = (options: Opt['options']) =>
    ({ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_SIZE, flags: 0, options }) as unknown as Answer;
  const plain = encode({ ...reply, additionals: [...additionals, opt([])] });
  if (!pad) return plain;
  // The padding option costs 4 bytes of header before its own length.
  const length = (RESPONSE_BLOCK - ((plain.length + 4) % RESPONSE_BLOCK)) % RESPONSE_BLOCK;
  return encode({ ...reply, additionals: [...additionals, opt([{ code: PADDING, length }])] });
}
