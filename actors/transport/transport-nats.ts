/**
 * Request/reply and pub/sub over a NATS connection.
 *
 * Requests share one reply subscription (`<inbox>.*`, a token per request) instead of
 * `nc.request`, which builds two Error objects (with stack traces) for every request, answered or
 * not: on the path of every entity ask that was a fifth of the caller's CPU.
 */
import { createInbox } from '@nats-io/transport-node';
import type { NatsConnection, Subscription as NatsSubscription } from '@nats-io/transport-node';
import { ClosedError, DeadlineExceededError, NoRespondersError, UnavailableError } from '../errors.js';
import type { RequestHandler, Subscription, Transport } from './transport.js';

/** NATS's status for a request to a subject nobody serves. */
const NO_RESPONDERS = 503;

interface Pending {
  readonly resolve: (data: Uint8Array) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
  readonly subject: string;
}

export class NatsTransport implements Transport {
  readonly #nc: NatsConnection;
  readonly #subscriptions = new Set<NatsSubscription>();
  readonly #inflight = new Set<Promise<unknown>>();
  readonly #pending = new Map<string, Pending>();
  #inbox: { prefix: string; sub: NatsSubscription } | undefined;
  #nextToken = 0;
  #closed = false;

  /** @param nc an open connection; the caller closes it */
  constructor(nc: NatsConnection) {
    this.#nc = nc;
  }

  request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.#closed || this.#nc.isClosed()) return Promise.reject(new ClosedError('transport'));
    const inbox = (this.#inbox ??= this.#openInbox());
    const token = (this.#nextToken++).toString(36);
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.#pending.delete(token);
          reject(new DeadlineExceededError(`no reply on ${subject} within ${timeoutMs} ms`));
        },
        Math.max(1, Math.floor(timeoutMs)),
      );
      this.#pending.set(token, { resolve, reject, timer, subject });
      try {
        this.#nc.publish(subject, data, { reply: `${inbox.prefix}.${token}` });
      } catch (error) {
        clearTimeout(timer);
        this.#pending.delete(token);
        reject(new UnavailableError(`request on ${subject} failed`, { cause: error }));
      }
    });
  }

  /** The subscription every reply comes back on. */
  #openInbox(): { prefix: string; sub: NatsSubscription } {
    const prefix = createInbox();
    const sub = this.#nc.subscribe(`${prefix}.*`, {
      callback: (error, msg) => {
        if (error !== null) return;
        const token = msg.subject.slice(prefix.length + 1);
        const pending = this.#pending.get(token);
        if (pending === undefined) return; // answered after its timeout
        this.#pending.delete(token);
        clearTimeout(pending.timer);
        if (msg.headers?.code === NO_RESPONDERS) {
          pending.reject(new NoRespondersError(pending.subject));
        } else {
          pending.resolve(msg.data);
        }
      },
    });
    return { prefix, sub };
  }

  serve(subject: string, handler: RequestHandler): Subscription {
    const sub = this.#nc.subscribe(subject, {
      callback: (error, msg) => {
        if (error !== null) return;
        const handled = handler(msg.data).then(
          // Answered at once: batching replies per event-loop turn saved socket writes but added a
          // turn of latency to every ask, and asks are bound by latency, not by the node's CPU.
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
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(new ClosedError('transport'));
    }
    this.#pending.clear();
    this.#inbox?.sub.unsubscribe();
    if (!this.#nc.isClosed()) await Promise.all(subs.map((sub) => sub.drain().catch(() => undefined)));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#inflight]),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }
}
