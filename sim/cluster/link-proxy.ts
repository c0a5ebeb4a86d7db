/**
 * A TCP relay in front of one nats-server's gateway port, so a test can cut the links between
 * regions and mend them again: cut, it drops every connection through it and every new one
 * (the servers keep redialling), as a network partition between data centres would.
 */
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';

export class LinkProxy implements AsyncDisposable {
  readonly port: number;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #cut = false;

  private constructor(server: Server, port: number) {
    this.#server = server;
    this.port = port;
  }

  /** Relays 127.0.0.1:<a free port> to 127.0.0.1:`targetPort`. */
  static async start(targetPort: number): Promise<LinkProxy> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the link proxy has no port');
    const proxy = new LinkProxy(server, address.port);
    server.on('connection', (inbound: Socket) => proxy.#relay(inbound, targetPort));
    return proxy;
  }

  /** Drops every connection through the link and refuses new ones until {@link mend}. */
  cut(): void {
    this.#cut = true;
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }

  /** Lets connections through again. */
  mend(): void {
    this.#cut = false;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #relay(inbound: Socket, targetPort: number): void {
    if (this.#cut) {
      inbound.destroy();
      return;
    }
    const outbound = createConnection({ host: '127.0.0.1', port: targetPort });
    for (const [socket, other] of [
      [inbound, outbound],
      [outbound, inbound],
    ] as const) {
      this.#sockets.add(socket);
      socket.on('error', () => other.destroy());
      socket.on('close', () => {
        this.#sockets.delete(socket);
        other.destroy();
      });
      socket.pipe(other);
    }
  }
}
