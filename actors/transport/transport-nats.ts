/** Request/reply and pub/sub over a NATS connection. */
import { NoRespondersError, TimeoutError, RequestError } from '@nats-io/transport-node';
import type { NatsConnection, Subscription as NatsSubscription } from '@nats-io/transport-node';
import { ClosedError, DeadlineExceededError, UnavailableError } from '../errors.js';
import type { RequestHandler, Subscription, Transport } from './transport.js';

export class NatsTransport implements Transport {
  readonly #nc: NatsConnection;
  readonly #subscriptions = new Set<NatsSubscription>();
  readonly #inflight = new Set<Promise<unknown>>();
  #closed = false;

  /** @param nc an open connection; the caller closes it */
  constructor(nc: NatsConnection) {
    this.#nc = nc;
  }

  async request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.#closed || this.#nc.isClosed()) throw new ClosedError('transport');
    try {
      const reply = await this.#nc.request(subject, data, { timeout: Math.max(1, Math.floor(timeoutMs)) });
      return reply.data;
    } catch (error) {
      if (error instanceof NoRespondersError || (error instanceof RequestError && error.isNoResponders())) {
        throw new UnavailableError(`no responders on ${subject}`, { cause: error });
      }
      if (error instanceof TimeoutError) {
        throw new DeadlineExceededError(`no reply on ${subject} within ${timeoutMs} ms`, { cause: error });
      }
      throw new UnavailableError(`request on ${subject} failed`, { cause: error });
    }
  }

  serve(subject: string, handler: RequestHandler): Subscription {
    const sub = this.#nc.subscribe(subject, {
      callback: (error, msg) => {
        if (error !== null) return;
        const handled = handler(msg.data).then(
          (reply) => msg.respond(reply),
          () => undefined, // handlers answer failures themselves; a throw here has nobody to tell
        );
        this.#inflight.add(handled);
        void handled.finally(() => this.#inflight.delete(handled));
      },
    });
    return this.#track(sub);
  }

  publish(subject: string, data: Uint8Array): void {
    if (this.#closed || this.#nc.isClosed()) return;
    this.#nc.publish(subject, data);
  }

  subscribe(subject: string, listener: (data: Uint8Array) => void): Subscription {
    const sub = this.#nc.subscribe(subject, {
      callback: (error, msg) => {
        if (error === null) listener(msg.data);
      },
    });
    return this.#track(sub);
  }

  #track(sub: NatsSubscription): Subscription {
    this.#subscriptions.add(sub);
    return {
      close: () => {
        this.#subscriptions.delete(sub);
        sub.unsubscribe();
      },
    };
  }

  /** Drains every subscription, then waits up to `timeoutMs` for handlers still answering. */
  async close(timeoutMs = 5000): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const subs = [...this.#subscriptions];
    this.#subscriptions.clear();
    if (!this.#nc.isClosed()) await Promise.all(subs.map((sub) => sub.drain().catch(() => undefined)));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#inflight]),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }
}
