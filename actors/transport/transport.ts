/**
 * How nodes reach each other: request/reply and publish/subscribe on subjects. In a cluster this
 * is NATS; in the embedded default an in-process bus. Entity code never sees either.
 */

/** A handler that answers requests on a subject. */
export type RequestHandler = (data: Uint8Array) => Promise<Uint8Array>;

/** A live subscription or service; closing it is idempotent. */
export interface Subscription {
  close(): void;
}

export interface Transport {
  /**
   * Sends a request and waits for one reply.
   * @throws UnavailableError (`UNAVAILABLE`) when nobody serves the subject
   * @throws DeadlineExceededError (`DEADLINE_EXCEEDED`) when no reply came in time
   * @throws ClosedError (`CLOSED`) after close()
   */
  request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Uint8Array>;
  /** Answers every request on a subject with the handler's bytes. */
  serve(subject: string, handler: RequestHandler): Subscription;
  /** Fire-and-forget message to every subscriber. */
  publish(subject: string, data: Uint8Array): void;
  subscribe(subject: string, listener: (data: Uint8Array) => void): Subscription;
  /**
   * Stops serving gracefully: requests already delivered are handled and answered first (bounded
   * by a timeout), then subscriptions end. Idempotent.
   */
  close(): Promise<void>;
}
