/**
 * An encrypted upstream: a recursive resolver asked over DNS over TLS (RFC 7858), on one
 * long-lived connection whose queries are pipelined and matched to their answers by id. The
 * resolver's certificate is checked against the system's CAs, or the operator's CA file, for the
 * name given. A dropped connection fails what it had in flight and is made again on the next query.
 */
import { randomInt } from 'node:crypto';
import { connect, rootCertificates } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import type { DecodedPacket, Packet } from 'dns-packet';
import { decode, encode, framed } from './dns-message.js';
import { frameReader } from './dns-stream.js';
import { UPSTREAM_TIMEOUT_MS } from './upstream.js';
import type { Upstream } from './upstream.js';

export interface TlsUpstreamOptions {
  readonly host: string;
  /** @default 853 */
  readonly port?: number;
  /** The name its certificate must carry. @default host */
  readonly serverName?: string;
  /** PEM of the CAs trusted for it. @default the system's */
  readonly ca?: string;
}

interface Pending {
  readonly socket: TLSSocket;
  resolve(reply: DecodedPacket): void;
  reject(error: Error): void;
}

export class TlsUpstream implements Upstream {
  readonly #options: TlsUpstreamOptions;
  readonly #pending = new Map<number, Pending>();
  #socket: TLSSocket | undefined;
  #closed = false;

  constructor(options: TlsUpstreamOptions) {
    this.#options = options;
  }

  get label(): string {
    return `tls://${this.#options.host}:${this.#options.port ?? 853}`;
  }

  resolve(query: Packet): Promise<DecodedPacket> {
    if (this.#closed) return Promise.reject(new Error('the upstream is closed'));
    const socket = this.#connection();
    let id = randomInt(0x10000);
    while (this.#pending.has(id)) id = randomInt(0x10000);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`the upstream resolver ${this.label} did not answer in ${UPSTREAM_TIMEOUT_MS} ms`));
      }, UPSTREAM_TIMEOUT_MS);
      this.#pending.set(id, {
        socket,
        resolve: (reply) => {
          clearTimeout(timer);
          resolve({ ...reply, id: query.id ?? 0 });
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      socket.write(framed(encode({ ...query, id })));
    });
  }

  close(): void {
    this.#closed = true;
    this.#socket?.destroy();
  }

  #connection(): TLSSocket {
    if (this.#socket !== undefined && !this.#socket.destroyed) return this.#socket;
    const { host, port = 853, serverName = host, ca } = this.#options;
    const socket = connect({
      host,
      port,
      servername: serverName,
      // The operator's CA is trusted beside the system's, not instead of them.
      ...(ca === undefined ? {} : { ca: [...rootCertificates, ca] }),
      ALPNProtocols: ['dot'],
    });
    this.#socket = socket;
    socket.on(
      'data',
      frameReader((message) => {
        try {
          const reply = decode(message);
          const pending = this.#pending.get(reply.id ?? -1);
          if (pending?.socket !== socket) return;
          this.#pending.delete(reply.id ?? -1);
          pending.resolve(reply);
        } catch {
          // An answer that does not parse is left to time out.
        }
      }),
    );
    const fail = (error: Error) => {
      if (this.#socket === socket) this.#socket = undefined;
      for (const [id, pending] of this.#pending) {
        if (pending.socket !== socket) continue;
        this.#pending.delete(id);
        pending.reject(error);
      }
    };
    socket.on('error', (error) => fail(new Error(`the upstream resolver ${this.label}: ${error.message}`)));
    socket.on('close', () => fail(new Error(`the upstream resolver ${this.label} closed the connection`)));
    socket.setKeepAlive(true);
    return socket;
  }
}
