/** The embedded default's transport: subjects are map keys, delivery is a function call. */
import { ClosedError, DeadlineExceededError, NoRespondersError } from '../errors.js';
import type { RequestHandler, Subscription, Transport } from './transport.js';

export class MemoryTransport implements Transport {
  readonly #services = new Map<string, RequestHandler>();
  readonly #listeners = new Map<string, Set<(data: Uint8Array) => void>>();
  #closed = false;

  async request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.#closed) throw new ClosedError('transport');
    const handler = this.#services.get(subject);
    if (handler === undefined) throw new NoRespondersError(subject);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DeadlineExceededError(`no reply on ${subject} within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      // Copy, as a network would: the handler must not share memory with the caller.
      return await Promise.race([handler(Uint8Array.from(data)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  serve(subject: string, handler: RequestHandler): Subscription {
    if (this.#services.has(subject)) throw new Error(`${subject} is already served`);
    this.#services.set(subject, handler);
    return { close: () => void (this.#services.get(subject) === handler && this.#services.delete(subject)) };
  }

  publish(subject: string, data: Uint8Array): void {
    if (this.#closed) return;
    for (const listener of this.#listeners.get(subject) ?? []) queueMicrotask(() => listener(Uint8Array.from(data)));
  }

  subscribe(subject: string, listener: (data: Uint8Array) => void): Subscription {
    const set = this.#listeners.get(subject) ?? new Set();
    set.add(listener);
    this.#listeners.set(subject, set);
    return { close: () => void set.delete(listener) };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#services.clear();
    this.#listeners.clear();
  }
}
