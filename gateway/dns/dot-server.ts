/**
 * DNS over TLS (RFC 7858): TLS 1.2+ around the framed stream of DNS over TCP. A device presents
 * its token as the first label of the server name it asks for (`<token>.<suffix>`, the name an
 * Android phone's Private DNS setting takes); without one, the query is the network's.
 */
import { once } from 'node:events';
import { createServer } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { plainAddress } from './asker.js';
import { exchange } from './dns-exchange.js';
import type { AnswerQuery } from './dns-exchange.js';
import { serveStream } from './dns-stream.js';
import { tokenOfServerName } from './device-token.js';

export interface TlsMaterial {
  readonly key: string;
  readonly cert: string;
}

export interface EncryptedDnsOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly certificate: TlsMaterial;
  /** The name under which devices ask with their token (`<token>.<suffix>`), e.g. `dns.example.org`. */
  readonly tokenSuffix: string;
  readonly answer: AnswerQuery;
}

export interface EncryptedDnsServer extends AsyncDisposable {
  readonly port: number;
  /** Serves a renewed certificate to new connections. */
  replaceCertificate(certificate: TlsMaterial): void;
  close(): Promise<void>;
}

export async function startDotServer(options: EncryptedDnsOptions): Promise<EncryptedDnsServer> {
  const server = createServer(
    { ...options.certificate, minVersion: 'TLSv1.2', ALPNProtocols: ['dot'] },
    (socket: TLSSocket) => {
      const token = tokenOfServerName(socket.servername, options.tokenSuffix);
      const asker = {
        transport: 'dot',
        address: plainAddress(socket.remoteAddress),
        ...(token === undefined ? {} : { token }),
      } as const;
      serveStream(socket, (message) => exchange(message, asker, options.answer));
    },
  );
  const sockets = new Set<TLSSocket>();
  server.on('secureConnection', (socket: TLSSocket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A handshake that fails (a scanner, a client that does not trust the CA) costs nothing more.
  server.on('tlsClientError', () => undefined);
  server.listen(options.port, options.host);
  await once(server, 'listening');
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }));
  return {
    port: (server.address() as { port: number }).port,
    replaceCertificate: (certificate) => server.setSecureContext({ ...certificate, minVersion: 'TLSv1.2' }),
    close,
    [Symbol.asyncDispose]: close,
  };
}
