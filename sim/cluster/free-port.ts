import { createServer } from 'node:net';
import type { Server } from 'node:net';

/**
 * Returns a TCP port on 127.0.0.1 that was free a moment ago: the OS picks it
 * for a listener on port 0, which is then closed. Another process may still
 * take it before the caller binds it, so use it at once.
 */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

/**
 * Returns `n` distinct free TCP ports on 127.0.0.1. All listeners are held
 * open until every port is known, so the OS cannot hand out the same port twice.
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((server) => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        throw new Error(`unexpected listener address: ${String(address)}`);
      }
      return address.port;
    });
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}
