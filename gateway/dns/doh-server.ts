/**
 * DNS over HTTPS (RFC 8484) over HTTP/2 (HTTP/1.1 too, for simple clients): `GET
 * /dns-query?dns=<base64url>` and `POST /dns-query` with an `application/dns-message` body. A device
 * presents its token as the path's last segment (`/dns-query/<token>`), inside the TLS tunnel;
 * without one, the query is the network's. Answers say how long they may be cached (their
 * smallest TTL), and anything that is not a DNS query gets a plain HTTP error.
 */
import { createSecureServer } from 'node:http2';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import type { Packet } from 'dns-packet';
import { plainAddress } from './asker.js';
import { exchange } from './dns-exchange.js';
import { isDeviceToken } from './device-token.js';
import type { EncryptedDnsOptions } from './dot-server.js';
import { listenTls, MIN_TLS } from './tls-listener.js';
import type { EncryptedDnsServer } from './tls-listener.js';

const CONTENT_TYPE = 'application/dns-message';
/** The largest DNS message. */
const MAX_MESSAGE = 65_535;
const PATH = '/dns-query';

/** A page served beside DoH (the "are you secure?" check): its status, content type and body. */
export interface PageResponse {
  readonly status: number;
  readonly type: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface DohServerOptions extends Omit<EncryptedDnsOptions, 'tokenSuffix'> {
  /** Serves paths other than /dns-query; undefined: 404. */
  readonly pages?: (request: { method: string; url: URL }) => Promise<PageResponse | undefined>;
}

export async function startDohServer(options: DohServerOptions): Promise<EncryptedDnsServer> {
  const server = createSecureServer(
    { ...options.certificate, minVersion: MIN_TLS, allowHTTP1: true },
    (request, response) => {
      void handle(request, response).catch(() => {
        if (!response.headersSent) respond(response, 500, 'internal error');
      });
    },
  );
  server.on('sessionError', () => undefined);
  server.setTimeout(30_000);

  async function handle(request: Http2ServerRequest, response: Http2ServerResponse): Promise<void> {
    const url = new URL(request.url, 'https://dns.invalid');
    const rest =
      url.pathname === PATH
        ? ''
        : url.pathname.startsWith(`${PATH}/`)
          ? url.pathname.slice(PATH.length + 1)
          : undefined;
    if (rest === undefined) {
      const page = await options.pages?.({ method: request.method, url });
      if (page === undefined) return respond(response, 404, `DNS over HTTPS is served at ${PATH}`);
      response.writeHead(page.status, { 'content-type': page.type, ...page.headers });
      response.end(page.body);
      return;
    }
    if (rest !== '' && !isDeviceToken(rest)) return respond(response, 404, 'not a device token');
    let message: Buffer;
    if (request.method === 'GET') {
      const dns = url.searchParams.get('dns');
      if (dns === null || !/^[A-Za-z0-9_-]+$/.test(dns))
        return respond(response, 400, 'the dns parameter must be base64url');
      message = Buffer.from(dns, 'base64url');
    } else if (request.method === 'POST') {
      if (request.headers['content-type'] !== CONTENT_TYPE)
        return respond(response, 415, `the body must be ${CONTENT_TYPE}`);
      const body = await readBody(request);
      if (body === undefined) return respond(response, 413, 'a DNS message is at most 65535 bytes');
      message = body;
    } else {
      response.setHeader('allow', 'GET, POST');
      return respond(response, 405, 'GET or POST');
    }
    const asker = {
      transport: 'doh',
      address: plainAddress(request.socket?.remoteAddress),
      ...(rest === '' ? {} : { token: rest }),
    } as const;
    let maxAge = 0;
    const bytes = await exchange(message, asker, options.answer, (reply) => (maxAge = maxAgeOf(reply)));
    if (bytes === undefined) return respond(response, 400, 'not a DNS query');
    response.writeHead(200, {
      'content-type': CONTENT_TYPE,
      'content-length': bytes.length,
      'cache-control': `max-age=${maxAge}`,
    });
    response.end(bytes);
  }

  // The HTTP/2 server is a TLS server: the same listening, certificate and closing.
  return listenTls(server, options.host, options.port);
}

function respond(response: Http2ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}

async function readBody(request: Http2ServerRequest): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_MESSAGE) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The smallest TTL of an answer's records (RFC 8484 5.1), 0 for an error or an empty answer. */
function maxAgeOf(reply: Packet): number {
  const ttls = [...(reply.answers ?? []), ...(reply.authorities ?? [])].map((record) =>
    'ttl' in record ? (record.ttl ?? 0) : 0,
  );
  return ttls.length === 0 ? 0 : Math.min(...ttls);
}
