/**
 * What an ACME CA connects to when it validates a name: HTTP-01 on port 80 (a GET of
 * `/.well-known/acme-challenge/<token>`) and TLS-ALPN-01 on port 443 (a TLS handshake for the
 * name with ALPN `acme-tls/1`, answered with a self-signed certificate carrying the key
 * authorization, RFC 8737). Both answer from the registry's `acme` entity, so any gateway answers
 * a challenge that another one started. Nothing else is served: every other request is a 404, a
 * handshake without a pending challenge fails.
 */
import { createServer as createHttpServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { createSecureContext, createServer as createTlsServer } from 'node:tls';
import type { SecureContext, Server as TlsServer } from 'node:tls';
import type { Logger } from 'pino';
import { isDnsName } from '../../registry/acme/dns-name.js';

const CHALLENGE_PATH = /^\/\.well-known\/acme-challenge\/([A-Za-z0-9_-]{16,128})$/;

export interface ChallengeResponder {
  readonly port: number;
  close(): Promise<void>;
}

/** Serves HTTP-01 challenges. @param lookup - the key authorization of a token, if one is pending */
export async function serveHttpChallenges(
  host: string,
  port: number,
  lookup: (token: string) => Promise<string | undefined>,
  log: Logger,
): Promise<ChallengeResponder> {
  const server = createHttpServer((request, response) => {
    const token = request.method === 'GET' ? CHALLENGE_PATH.exec(request.url ?? '')?.[1] : undefined;
    if (token === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    lookup(token).then(
      (keyAuthorization) => {
        if (keyAuthorization === undefined)
          response.writeHead(404, { 'content-type': 'text/plain' }).end('no such challenge\n');
        else response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(keyAuthorization);
      },
      (error: unknown) => {
        log.warn({ err: error }, 'ACME HTTP-01 challenge lookup failed');
        response.writeHead(503, { 'content-type': 'text/plain' }).end('try again\n');
      },
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  return listen(server, host, port);
}

/** Serves TLS-ALPN-01 challenges. @param lookup - the challenge certificate for a name, if one is pending */
export async function serveAlpnChallenges(
  host: string,
  port: number,
  lookup: (domain: string) => Promise<{ cert: string; key: string } | undefined>,
  log: Logger,
): Promise<ChallengeResponder> {
  const server = createTlsServer({
    ALPNProtocols: ['acme-tls/1'],
    // The challenge certificate of the name the CA asks for, or no handshake at all.
    SNICallback: (servername: string, done: (error: Error | null, context?: SecureContext) => void) => {
      const name = servername.toLowerCase();
      if (!isDnsName(name)) return done(new Error('not a DNS name'));
      lookup(name).then(
        (challenge) =>
          challenge === undefined
            ? done(new Error(`no pending TLS-ALPN-01 challenge for ${name}`))
            : done(null, createSecureContext({ cert: challenge.cert, key: challenge.key })),
        (error: unknown) => {
          log.warn({ err: error }, 'ACME TLS-ALPN-01 challenge lookup failed');
          done(error as Error);
        },
      );
    },
  });
  // The handshake is the whole answer: the CA sends nothing after it.
  server.on('secureConnection', (socket) => socket.end());
  server.on('tlsClientError', () => undefined);
  return listen(server, host, port);
}

function listen(server: HttpServer | TlsServer, host: string, port: number): Promise<ChallengeResponder> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address !== null ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
