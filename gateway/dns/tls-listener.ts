/**
 * What the two encrypted DNS listeners (DoT, DoH) share once their server is made: it listens, a
 * failed handshake (a scanner, a client that does not trust the CA) costs nothing more, a renewed
 * certificate serves new connections, and closing ends the open connections too (clients keep
 * them open for a long time).
 */
import { once } from 'node:events';
import type { Socket } from 'node:net';
import type { Server } from 'node:tls';

export interface TlsMaterial {
  readonly key: string;
  readonly cert: string;
}

export interface EncryptedDnsServer extends AsyncDisposable {
  readonly port: number;
  /** Serves a renewed certificate to new connections. */
  replaceCertificate(certificate: TlsMaterial): void;
  close(): Promise<void>;
}

/** TLS 1.2 at least: DoT and DoH clients (Android's Private DNS) do not all speak 1.3. */
export const MIN_TLS = 'TLSv1.2';

export async function listenTls(
  server: Server,
  { host, port, sharePort }: { readonly host: string; readonly port: number; readonly sharePort?: boolean },
): Promise<EncryptedDnsServer> {
  const sockets = new Set<Socket>();
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => undefined);
  server.listen({ port, host, reusePort: sharePort === true });
  await once(server, 'listening');
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }));
  return {
    port: (server.address() as { port: number }).port,
    replaceCertificate: (certificate) => server.setSecureContext({ ...certificate, minVersion: MIN_TLS }),
    close,
    [Symbol.asyncDispose]: close,
  };
}
