/**
 * One TLS 1.3 port for every client: native gRPC streams go to grpc-js, everything else (gRPC-Web,
 * Connect, the sign-in page) to the web handler, in this process, with no proxy. The port's HTTP/2
 * server is ours; each stream is handed, by its content type, to the HTTP/2 server that grpc-js
 * makes for injected connections or to a second, never-listening one whose compatibility layer
 * gives connect-node its request and response.
 */
import http2 from 'node:http2';
import type { Http2SecureServer, Http2Server, Http2Session, IncomingHttpHeaders, ServerHttp2Stream } from 'node:http2';
import type { SecureContextOptions } from 'node:tls';
import { ServerCredentials } from '@grpc/grpc-js';
import type { Server } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { GatewayCertificate } from '../tls-credentials.js';

/** What serves browsers: a Node request handler (connect-node's adapter and the page). */
export type WebHandler = (request: http2.Http2ServerRequest, response: http2.Http2ServerResponse) => void;

export interface SharedPortOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly certificate: GatewayCertificate;
  /** Serves native gRPC (its services added; never bound to a port of its own). */
  readonly grpc: Server;
  readonly web: WebHandler;
  readonly log: Logger;
}

export interface SharedPort {
  readonly port: number;
  /** Serves a renewed certificate to new connections. */
  replaceCertificate(certificate: GatewayCertificate): void;
  /** Stops taking connections, lets running calls finish for up to `graceMs`, then cuts the rest. */
  close(graceMs: number): Promise<void>;
}

function contextOf(certificate: GatewayCertificate): SecureContextOptions {
  return { key: certificate.key, cert: certificate.cert, minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' };
}

/** `application/grpc` and `application/grpc+proto`, but not `application/grpc-web…`. */
function isNativeGrpc(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  return typeof type === 'string' && /^application\/grpc(?:$|[+;])/.test(type);
}

export async function listenShared(options: SharedPortOptions): Promise<SharedPort> {
  const grpcStreams = grpcStreamServer(options.grpc);
  const webStreams = http2.createServer(options.web);
  const server: Http2SecureServer = http2.createSecureServer({
    ...contextOf(options.certificate),
    ALPNProtocols: ['h2'],
    // As grpc-js sets its own: calls may run for long, the deadline is theirs.
    settings: { maxConcurrentStreams: 1000 },
  });
  server.setTimeout(0);
  const sessions = new Set<Http2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  server.on('secureConnection', (socket) => socket.on('error', () => undefined));
  server.on('stream', (stream: ServerHttp2Stream, headers: IncomingHttpHeaders, ...rest: unknown[]) => {
    (isNativeGrpc(headers) ? grpcStreams : webStreams).emit('stream', stream, headers, ...rest);
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : options.port);
    });
  });
  server.on('error', (error) => options.log.error({ err: error }, 'gateway port failed'));

  return {
    port,
    replaceCertificate: (certificate) => server.setSecureContext(contextOf(certificate)),
    close: (graceMs) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          for (const session of sessions) session.destroy();
        }, graceMs);
        server.close(() => {
          clearTimeout(timer);
          options.grpc.forceShutdown();
          resolve();
        });
        // Running streams finish; no new ones start.
        for (const session of sessions) session.close();
      }),
  };
}

/**
 * The HTTP/2 server grpc-js makes for a connection injector, which handles each stream it is
 * given as a call. grpc-js keeps it in a private map: if a release moves it, this throws at start
 * (and every gateway test fails), never at a call.
 */
function grpcStreamServer(grpc: Server): Http2Server {
  const servers = (grpc as unknown as { http2Servers?: Map<unknown, unknown> }).http2Servers;
  const before = new Set(servers?.keys() ?? []);
  grpc.createConnectionInjector(ServerCredentials.createInsecure());
  const made = [...(servers?.keys() ?? [])].filter((server) => !before.has(server));
  const server = made[0] as Http2Server | undefined;
  if (made.length !== 1 || server === undefined || server.listenerCount('stream') === 0) {
    throw new Error(
      'this grpc-js release hides the server of its connection injector: the gateway cannot share its port',
    );
  }
  return server;
}
