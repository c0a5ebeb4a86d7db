/**
 * An encrypted upstream over DNS over HTTPS (RFC 8484): queries POSTed as
 * `application/dns-message` on one long-lived HTTP/2 session, many streams at once. Queries go
 * with id 0 (the RFC's advice: the same question is the same request to caches on the way); the
 * answer gets the caller's id. The resolver's certificate is checked against the system's CAs and
 * the operator's CA file, for the name given. A session that ends fails what it had in flight and
 * is made again on the next query.
 */
import { connect, constants } from 'node:http2';
import type { ClientHttp2Session } from 'node:http2';
import { rootCertificates } from 'node:tls';
import type { DecodedPacket, Packet } from 'dns-packet';
import { decode, encode } from './dns-message.js';
import { DNS_MESSAGE_TYPE, MAX_MESSAGE } from './doh-request.js';
import { UPSTREAM_TIMEOUT_MS } from './upstream.js';
import type { Upstream } from './upstream.js';

export interface HttpsUpstreamOptions {
  readonly host: string;
  /** @default 443 */
  readonly port?: number;
  /** @default /dns-query */
  readonly path?: string;
  /** The name its certificate must carry. @default host */
  readonly serverName?: string;
  /** PEM of CAs trusted for it beside the system's. */
  readonly ca?: string;
}

export class HttpsUpstream implements Upstream {
  readonly #options: HttpsUpstreamOptions;
  #session: ClientHttp2Session | undefined;
  #closed = false;

  constructor(options: HttpsUpstreamOptions) {
    this.#options = options;
  }

  get label(): string {
    const { host, port = 443, path = '/dns-query' } = this.#options;
    return `https://${host.includes(':') ? `[${host}]` : host}:${port}${path}`;
  }

  resolve(query: Packet): Promise<DecodedPacket> {
    if (this.#closed) return Promise.reject(new Error('the upstream is closed'));
    const body = encode({ ...query, id: 0 });
    const stream = this.#connection().request({
      ':method': 'POST',
      ':path': this.#options.path ?? '/dns-query',
      'content-type': DNS_MESSAGE_TYPE,
      accept: DNS_MESSAGE_TYPE,
      'content-length': body.length,
    });
    return new Promise<DecodedPacket>((resolve, reject) => {
      const fail = (why: string) => {
        stream.close(constants.NGHTTP2_CANCEL);
        reject(new Error(`the upstream resolver ${this.label} ${why}`));
      };
      stream.setTimeout(UPSTREAM_TIMEOUT_MS, () => fail(`did not answer in ${UPSTREAM_TIMEOUT_MS} ms`));
      stream.on('error', (error) => fail(`failed: ${error.message}`));
      // After an answer this is a no-op; before one, the session ended under it.
      stream.on('close', () => fail('closed the stream before answering'));
      stream.on('response', (headers) => {
        const status = headers[':status'];
        if (status !== 200) return fail(`answered HTTP ${status}`);
        if (headers['content-type'] !== DNS_MESSAGE_TYPE) return fail(`answered ${headers['content-type']}, not DNS`);
        // Settled in 'end' itself, before the stream's 'close' (soon after) would fail it.
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_MESSAGE) return fail('answered more than a DNS message');
          chunks.push(chunk);
        });
        stream.on('end', () => {
          try {
            resolve({ ...decode(Buffer.concat(chunks)), id: query.id ?? 0 });
          } catch {
            fail('answered something that is not a DNS message');
          }
        });
      });
      stream.end(body);
    });
  }

  close(): void {
    this.#closed = true;
    this.#session?.destroy();
  }

  #connection(): ClientHttp2Session {
    if (this.#session !== undefined && !this.#session.closed && !this.#session.destroyed) return this.#session;
    const { host, port = 443, serverName = host, ca } = this.#options;
    const session = connect(`https://${host.includes(':') ? `[${host}]` : host}:${port}`, {
      servername: serverName,
      // The operator's CA is trusted beside the system's, not instead of them.
      ...(ca === undefined ? {} : { ca: [...rootCertificates, ca] }),
    });
    this.#session = session;
    const forget = () => {
      if (this.#session === session) this.#session = undefined;
    };
    // Streams in flight see the end through their own 'error' or 'close'.
    session.on('error', forget);
    session.on('close', forget);
    session.on('goaway', forget);
    session.unref();
    return session;
  }
}
