/**
 * DNS over TLS (RFC 7858): TLS 1.2+ around the framed stream of DNS over TCP. A device presents
 * its token as the first label of the server name it asks for (`<token>.<suffix>`, the name an
 * Android phone's Private DNS setting takes); without one, the query is the network's.
 */
import { createServer } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { plainAddress } from './asker.js';
import { exchange } from './dns-exchange.js';
import type { AnswerQuery } from './dns-exchange.js';
import { serveStream } from './dns-stream.js';
import { tokenOfServerName } from './device-token.js';
import { listenTls, MIN_TLS } from './tls-listener.js';
import type { EncryptedDnsServer, TlsMaterial } from './tls-listener.js';

export type { EncryptedDnsServer, TlsMaterial } from './tls-listener.js';

export interface EncryptedDnsOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Other processes may listen on the same port (SO_REUSEPORT): the kernel spreads clients over them. */
  readonly sharePort?: boolean;
  readonly certificate: TlsMaterial;
  /** The name under which devices ask with their token (`<token>.<suffix>`), e.g. `dns.example.org`. */
  readonly tokenSuffix: string;
  readonly answer: AnswerQuery;
}

export async function startDotServer(options: EncryptedDnsOptions): Promise<EncryptedDnsServer> {
  const server = createServer(
    { ...options.certificate, minVersion: MIN_TLS, ALPNProtocols: ['dot'] },
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
  return listenTls(server, options);
}
