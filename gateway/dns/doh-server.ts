/**
 * The DNS-over-HTTPS listener: one TLS port offering HTTP/2 and HTTP/1.1 (ALPN), each connection
 * handed to the server of the protocol it chose. HTTP/2 streams are served through Node's core
 * stream API (its request/response compatibility layer costs a third of a cached answer's
 * throughput); HTTP/1.1, for simple clients, through node:http. Both end in the same request
 * handling (doh-request.ts).
 */
import { createServer as createHttp1Server } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import type { IncomingHttpHeaders, ServerHttp2Stream } from 'node:http2';
import { createServer as createTlsServer } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import type { Readable } from 'node:stream';
import { plainAddress } from './asker.js';
import { dohResponse, MAX_MESSAGE, text } from './doh-request.js';
import type { DohRequest, DohResponse, Pages } from './doh-request.js';
import type { EncryptedDnsOptions } from './dot-server.js';
import { listenTls, MIN_TLS } from './tls-listener.js';
import type { EncryptedDnsServer } from './tls-listener.js';

export type { PageResponse } from './doh-request.js';

/** How long an idle connection is kept. */
const IDLE_MS = 30_000;
/** Queries in flight on one HTTP/2 connection (h2load's 100 in the bench fit). */
const MAX_STREAMS = 256;

export interface DohServerOptions extends Omit<EncryptedDnsOptions, 'tokenSuffix'> {
  /** Serves paths other than /dns-query; undefined: 404. */
  readonly pages?: Pages;
}

export async function startDohServer(options: DohServerOptions): Promise<EncryptedDnsServer> {
  // A client gets as many queries in flight as a browser needs, not as many as it asks for.
  const http2 = createHttp2Server({ settings: { maxConcurrentStreams: MAX_STREAMS } });
  http2.on('stream', (stream, headers) => serveStream(stream, headers, options));
  http2.on('sessionError', () => undefined);
  http2.setTimeout(IDLE_MS);
  const http1 = createHttp1Server((request, response) => serveHttp1(request, response, options));
  http1.setTimeout(IDLE_MS);
  http1.on('clientError', (_error, socket) => socket.destroy());
  const server = createTlsServer(
    { ...options.certificate, minVersion: MIN_TLS, ALPNProtocols: ['h2', 'http/1.1'] },
    (socket: TLSSocket) => (socket.alpnProtocol === 'h2' ? http2 : http1).emit('connection', socket),
  );
  return listenTls(server, options);
}

function serveStream(stream: ServerHttp2Stream, headers: IncomingHttpHeaders, options: DohServerOptions): void {
  stream.on('error', () => undefined);
  const send = ({ status, headers, body }: DohResponse) => {
    // The client may have reset the stream while the answer was on its way.
    if (stream.destroyed || stream.closed) return;
    stream.respond({ ':status': status, ...headers });
    stream.end(body);
  };
  answerWith(
    {
      method: headers[':method'] ?? '',
      path: headers[':path'] ?? '',
      contentType: headers['content-type'],
      address: plainAddress(stream.session?.socket?.remoteAddress),
      body: () => readBody(stream),
    },
    options,
    send,
  );
}

function serveHttp1(request: IncomingMessage, response: ServerResponse, options: DohServerOptions): void {
  const send = ({ status, headers, body }: DohResponse) => {
    if (response.destroyed) return;
    response.writeHead(status, headers);
    response.end(body);
  };
  answerWith(
    {
      method: request.method ?? '',
      path: request.url ?? '',
      contentType: request.headers['content-type'],
      address: plainAddress(request.socket.remoteAddress),
      body: () => readBody(request),
    },
    options,
    send,
  );
}

/**
 * Sends the answer to `request`, at once when it can; a failure, sync or not, is a 500 (this runs
 * in the HTTP servers' event handlers: a throw there would take the process down).
 */
function answerWith(request: DohRequest, options: DohServerOptions, send: (response: DohResponse) => void): void {
  let response: DohResponse | Promise<DohResponse>;
  try {
    response = dohResponse(request, options.answer, options.pages);
  } catch {
    response = INTERNAL_ERROR;
  }
  const sent = (answer: DohResponse) => {
    try {
      send(answer);
    } catch {
      // The connection went away under the answer: nobody is left to tell.
    }
  };
  if (response instanceof Promise) void response.then(sent, () => sent(INTERNAL_ERROR));
  else sent(response);
}

const INTERNAL_ERROR = text(500, 'internal error');

/** The body, or undefined once it passes the largest DNS message (then left unread) or fails. */
function readBody(stream: Readable): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (body: Buffer | undefined) => {
      stream.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= MAX_MESSAGE) return;
      stream.pause();
      done(undefined);
    };
    const onEnd = () => done(Buffer.concat(chunks));
    const onError = () => done(undefined);
    stream.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
