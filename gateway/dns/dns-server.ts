/**
 * The DNS firewall's plain listeners: DNS over UDP and TCP on one port, every message answered
 * through the one exchange (dns-exchange.ts). UDP answers larger than the client takes are
 * truncated so it asks again over TCP; TCP connections are bounded in time and in queries in flight.
 */
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { createServer, isIP } from 'node:net';
import { plainAddress } from './asker.js';
import { exchange } from './dns-exchange.js';
import type { AnswerQuery } from './dns-exchange.js';
import { serveStream } from './dns-stream.js';

export interface DnsServerOptions {
  readonly host: string;
  /** 0 picks a free port (the same for UDP and TCP). */
  readonly port: number;
  /** Other processes may listen on the same port (SO_REUSEPORT): the kernel spreads clients over them. */
  readonly sharePort?: boolean;
  readonly answer: AnswerQuery;
}

export interface DnsServer extends AsyncDisposable {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The socket's lookup of where to send: answers go back to the address a query came from, always
 * an IP address, so there is nothing to look up (dgram's default looks it up anyway, a tick later).
 */
function addressAsIs(
  address: string,
  _family: unknown,
  callback: (error: Error | null, address: string, family: number) => void,
): void {
  const version = isIP(address);
  if (version === 0) callback(new Error(`not an IP address: ${address}`), address, 0);
  else callback(null, address, version);
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const tcp = createServer((socket) =>
    serveStream(socket, (message) =>
      exchange(message, { transport: 'tcp', address: plainAddress(socket.remoteAddress) }, options.answer),
    ),
  );
  const reusePort = options.sharePort === true;
  tcp.listen({ port: options.port, host: options.host, reusePort });
  await once(tcp, 'listening');
  const port = (tcp.address() as { port: number }).port;
  const udp = createSocket({ type: options.host.includes(':') ? 'udp6' : 'udp4', lookup: addressAsIs, reusePort });
  udp.on('message', (message, from) => {
    const asker = { transport: 'udp', address: plainAddress(from.address) } as const;
    const send = (bytes: Buffer | undefined) => {
      if (bytes !== undefined) udp.send(bytes, from.port, from.address);
    };
    try {
      const bytes = exchange(message, asker, options.answer);
      if (bytes instanceof Promise) void bytes.then(send, () => undefined);
      else send(bytes);
    } catch {
      // Nothing a client sends gets an answer by crashing the server.
    }
  });
  udp.on('error', () => undefined);
  try {
    // Listened for first: with an address that needs no lookup, binding may say so at once.
    const listening = once(udp, 'listening');
    udp.bind(port, options.host);
    await listening;
  } catch (error) {
    tcp.close();
    throw error;
  }

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      udp.close();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    })());
  return { port, close, [Symbol.asyncDispose]: close };
}
