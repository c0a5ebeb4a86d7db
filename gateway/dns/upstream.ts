/**
 * Where queries the firewall lets through are resolved over plain DNS: a recursive resolver the
 * operator runs (a local, validating Unbound, so no third party sees the queries), asked over UDP
 * with an id of our own per query, and again over TCP when the answer comes back truncated.
 */
import { randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { connect } from 'node:net';
import dnsPacket from 'dns-packet';
import type { Answer, DecodedPacket, Packet, Question } from 'dns-packet';
import { EDNS_UDP_SIZE } from './dns-exchange.js';
import { decode, encode, framed } from './dns-message.js';

/** How long an upstream has to answer before the query is served stale or fails. */
export const UPSTREAM_TIMEOUT_MS = 3000;
const TIMEOUT_MS = UPSTREAM_TIMEOUT_MS;

/** A resolver the firewall forwards to. */
export interface Upstream {
  /** The upstream's answer to `query`, with the caller's id. @throws Error when it does not answer in time */
  resolve(query: Packet): Promise<DecodedPacket>;
  close(): void;
}

/**
 * The query sent upstream for a client's question: the question alone, with this server's own
 * EDNS record, so that nothing the client added (its subnet, RFC 7871; cookies; padding) leaves.
 */
export function upstreamQuery(id: number, question: Question, recursionDesired = true): Packet {
  return {
    type: 'query',
    id,
    flags: recursionDesired ? dnsPacket.RECURSION_DESIRED : 0,
    questions: [question],
    additionals: [
      { type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_SIZE, flags: 0, options: [] } as unknown as Answer,
    ],
  };
}

export class UdpUpstream implements Upstream {
  readonly #socket: Socket;
  readonly #pending = new Map<number, (reply: DecodedPacket) => void>();

  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    this.#socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    this.#socket.on('message', (bytes, from) => {
      if (from.address !== host || from.port !== port) return;
      let reply: DecodedPacket;
      try {
        reply = decode(bytes);
      } catch {
        return;
      }
      this.#pending.get(reply.id ?? -1)?.(reply);
    });
    this.#socket.unref();
  }

  /** The upstream's answer to `query` (its id is the caller's again). @throws Error on a timeout */
  async resolve(query: Packet): Promise<DecodedPacket> {
    const reply = await this.#udp(query);
    const answered = reply.flag_tc ? await this.#tcp(query) : reply;
    return { ...answered, id: query.id ?? 0 };
  }

  close(): void {
    this.#socket.close();
  }

  #udp(query: Packet): Promise<DecodedPacket> {
    let id = randomInt(0x10000);
    while (this.#pending.has(id)) id = randomInt(0x10000);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`the upstream resolver ${this.host}:${this.port} did not answer in ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      this.#pending.set(id, (reply) => {
        clearTimeout(timer);
        this.#pending.delete(id);
        resolve(reply);
      });
      this.#socket.send(encode({ ...query, id }), this.port, this.host);
    });
  }

  #tcp(query: Packet): Promise<DecodedPacket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error('the upstream resolver timed out over TCP')));
      socket.end(framed(encode(query)));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const bytes = Buffer.concat(chunks);
        if (bytes.length < 2) return reject(new Error('the upstream resolver closed without an answer'));
        try {
          resolve(decode(bytes.subarray(2, 2 + bytes.readUInt16BE(0))));
        } catch (error) {
          reject(error as Error);
        }
      });
    });
  }
}
