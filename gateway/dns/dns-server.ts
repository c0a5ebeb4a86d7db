/**
 * The DNS firewall's listeners: plain DNS over UDP and TCP on one port. Every message is parsed
 * before anything else happens; one that does not parse is answered FORMERR (or dropped when not
 * even its header reads). UDP answers larger than the client can take (512 bytes, or what its
 * EDNS option says) are cut to the question with TC set, so it asks again over TCP. TCP connections
 * are bounded in time and in size of message.
 */
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import dnsPacket from 'dns-packet';
import type { DecodedPacket, Packet } from 'dns-packet';
import { encode, formatError, framed, parseQuery } from './dns-message.js';

const PLAIN_UDP_SIZE = 512;
const MAX_UDP_SIZE = 4096;
const TCP_IDLE_MS = 10_000;

export interface DnsServerOptions {
  readonly host: string;
  /** 0 picks a free port (the same for UDP and TCP). */
  readonly port: number;
  readonly answer: (query: DecodedPacket) => Promise<Packet>;
}

export interface DnsServer extends AsyncDisposable {
  readonly port: number;
  close(): Promise<void>;
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const tcp = createServer((socket) => {
    socket.setTimeout(TCP_IDLE_MS, () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const message = buffered.subarray(2, 2 + buffered.readUInt16BE(0));
        buffered = buffered.subarray(2 + message.length);
        void reply(message, Number.MAX_SAFE_INTEGER).then((bytes) => {
          if (bytes !== undefined && !socket.destroyed) socket.write(framed(bytes));
        });
      }
    });
    socket.on('error', () => socket.destroy());
  });
  tcp.listen(options.port, options.host);
  await once(tcp, 'listening');
  const port = (tcp.address() as { port: number }).port;
  const udp: Socket = createSocket(options.host.includes(':') ? 'udp6' : 'udp4');
  udp.on('message', (message, from) => {
    void reply(message, udpLimitOf(message)).then((bytes) => {
      if (bytes !== undefined) udp.send(bytes, from.port, from.address);
    });
  });
  udp.on('error', () => undefined);
  udp.bind(port, options.host);
  await once(udp, 'listening');

  /** The bytes to send back for one message (undefined: drop it). */
  async function reply(message: Buffer, limit: number): Promise<Buffer | undefined> {
    const parsed = parseQuery(message);
    if (parsed === undefined) return undefined;
    if ('malformedId' in parsed) return formatError(parsed.malformedId);
    const answered = encode(await options.answer(parsed.packet));
    if (answered.length <= limit) return answered;
    // Too large for UDP: the question alone, truncated, so the client asks over TCP.
    const { id, flags, questions } = dnsPacket.decode(answered);
    return encode({ type: 'response', id, flags: (flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE, questions, answers: [] });
  }

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      udp.close();
      await new Promise<void>((resolve) => (tcp as Server).close(() => resolve()));
    })());
  return { port, close, [Symbol.asyncDispose]: close };
}

/** How large a UDP answer the client takes: its EDNS size, else 512 bytes. */
function udpLimitOf(message: Buffer): number {
  try {
    const opt = dnsPacket.decode(message).additionals?.find((record) => record.type === 'OPT') as
      { udpPayloadSize?: number } | undefined;
    return Math.min(Math.max(opt?.udpPayloadSize ?? PLAIN_UDP_SIZE, PLAIN_UDP_SIZE), MAX_UDP_SIZE);
  } catch {
    return PLAIN_UDP_SIZE;
  }
}
