/**
 * One DNS-over-HTTPS request (RFC 8484), whichever HTTP version carried it: `GET
 * /dns-query?dns=<base64url>` or `POST /dns-query` with an `application/dns-message` body. A device
 * presents its token as the path's last segment (`/dns-query/<token>`), inside the TLS tunnel;
 * without one, the query is the network's. Answers say how long they may be cached (their smallest
 * TTL); anything that is not a DNS query gets a plain HTTP error; other paths go to the pages hook.
 * A query answered at once is answered without a promise (the hot path of cached answers).
 */
import type { Asker } from './asker.js';
import { exchange } from './dns-exchange.js';
import type { Answered, AnswerQuery } from './dns-exchange.js';
import { isDeviceToken } from './device-token.js';
import { smallestWireTtl } from './wire-answer.js';

/** The media type of a DNS message in an HTTP body (RFC 8484). */
export const DNS_MESSAGE_TYPE = 'application/dns-message';
/** The largest DNS message. */
export const MAX_MESSAGE = 65_535;
const PATH = '/dns-query';

/** A page served beside DoH (the "are you secure?" check): its status, content type and body. */
export interface PageResponse {
  readonly status: number;
  readonly type: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Serves paths other than /dns-query; undefined: 404. */
export type Pages = (request: { method: string; url: URL }) => Promise<PageResponse | undefined>;

export interface DohRequest {
  readonly method: string;
  /** The request target: path and query. */
  readonly path: string;
  readonly contentType: string | undefined;
  /** The client's address (IPv4-mapped IPv6 unwrapped). */
  readonly address: string;
  /** The body, or undefined when it is larger than a DNS message. */
  body(): Promise<Buffer | undefined>;
}

export interface DohResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number>>;
  readonly body: Buffer | string;
}

export function dohResponse(
  request: DohRequest,
  answer: AnswerQuery,
  pages: Pages | undefined,
): DohResponse | Promise<DohResponse> {
  const query = request.path.indexOf('?');
  const pathname = query < 0 ? request.path : request.path.slice(0, query);
  const rest = pathname === PATH ? '' : pathname.startsWith(`${PATH}/`) ? pathname.slice(PATH.length + 1) : undefined;
  if (rest === undefined) return page(request, pages);
  if (rest !== '' && !isDeviceToken(rest)) return text(404, 'not a device token');
  const asker: Asker = { transport: 'doh', address: request.address, ...(rest === '' ? {} : { token: rest }) };
  if (request.method === 'GET') {
    const dns = dnsParameter(query < 0 ? '' : request.path.slice(query + 1));
    if (dns === null || !/^[A-Za-z0-9_-]+$/.test(dns)) return text(400, 'the dns parameter must be base64url');
    return answered(Buffer.from(dns, 'base64url'), asker, answer);
  }
  if (request.method === 'POST') {
    if (request.contentType !== DNS_MESSAGE_TYPE) return text(415, `the body must be ${DNS_MESSAGE_TYPE}`);
    return request
      .body()
      .then((body) =>
        body === undefined ? text(413, 'a DNS message is at most 65535 bytes') : answered(body, asker, answer),
      );
  }
  return { ...text(405, 'GET or POST'), headers: { ...TEXT, allow: 'GET, POST' } };
}

/** The query string's first `dns` parameter; URLSearchParams reads it only when something in it is escaped. */
function dnsParameter(search: string): string | null {
  if (search.includes('%')) return new URLSearchParams(search).get('dns');
  for (const pair of search.split('&')) if (pair.startsWith('dns=')) return pair.slice(4);
  return null;
}

function answered(message: Buffer, asker: Asker, answer: AnswerQuery): DohResponse | Promise<DohResponse> {
  let maxAge = 0;
  const bytes = exchange(message, asker, answer, (answered) => (maxAge = maxAgeOf(answered)));
  const respond = (bytes: Buffer | undefined): DohResponse =>
    bytes === undefined
      ? text(400, 'not a DNS query')
      : {
          status: 200,
          headers: {
            'content-type': DNS_MESSAGE_TYPE,
            'content-length': bytes.length,
            'cache-control': `max-age=${maxAge}`,
          },
          body: bytes,
        };
  return bytes instanceof Promise ? bytes.then(respond) : respond(bytes);
}

async function page(request: DohRequest, pages: Pages | undefined): Promise<DohResponse> {
  const found = await pages?.({ method: request.method, url: new URL(request.path, 'https://dns.invalid') });
  if (found === undefined) return text(404, `DNS over HTTPS is served at ${PATH}`);
  return { status: found.status, headers: { 'content-type': found.type, ...found.headers }, body: found.body };
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/** A plain-text answer: what went wrong, for a person reading it. */
export function text(status: number, message: string): DohResponse {
  return { status, headers: TEXT, body: `${message}\n` };
}

/**
 * The smallest TTL of an answer's records (RFC 8484 5.1), 0 for an error or an empty answer; read
 * from the wire form when there is one (the packet is not made for it).
 */
function maxAgeOf(answered: Answered): number {
  if (answered.wire !== undefined) return smallestWireTtl(answered.wire) ?? 0;
  const reply = answered.reply;
  let smallest: number | undefined;
  for (const record of [...(reply.answers ?? []), ...(reply.authorities ?? [])]) {
    const ttl = 'ttl' in record ? (record.ttl ?? 0) : 0;
    smallest = smallest === undefined ? ttl : Math.min(smallest, ttl);
  }
  return smallest ?? 0;
}
