/**
 * Telling quickly whether another region can be reached. Every shard node of a region answers on
 * the region's subject; a request that crosses to a region whose NATS gateway link is down gets
 * no answer (or the servers' "no responders"), so a short probe tells a region that is cut off
 * from one that is only slow, and the caller gets `REGION_UNREACHABLE` within a second instead of
 * waiting out its deadline.
 */
import { RegionUnreachableError } from '../errors.js';
import type { Subscription, Transport } from '../transport/transport.js';

const EMPTY = new Uint8Array(0);

/** The subject any node of `region` answers. */
export function regionSubject(region: string): string {
  return `rdt.${region}.alive`;
}

/** Answers region probes for this node's region (every node of the region does). */
export function answerRegionProbes(transport: Transport, region: string): Subscription {
  return transport.serve(regionSubject(region), () => Promise.resolve(EMPTY));
}

export interface RegionReachOptions {
  /**
   * How long a probe waits for an answer.
   * @default 400
   */
  readonly probeTimeoutMs?: number;
  /**
   * How long a probe's verdict stands before the next call probes again (callers meeting a cut
   * off region at once share one probe).
   * @default 500
   */
  readonly verdictMs?: number;
}

/** Probes regions on demand, one probe per region at a time. */
export class RegionReach {
  readonly #transport: Transport;
  readonly #probeTimeoutMs: number;
  readonly #verdictMs: number;
  readonly #verdicts = new Map<string, { readonly at: number; readonly answer: Promise<void> }>();

  constructor(transport: Transport, options: RegionReachOptions = {}) {
    this.#transport = transport;
    this.#probeTimeoutMs = options.probeTimeoutMs ?? 400;
    this.#verdictMs = options.verdictMs ?? 500;
  }

  /** @throws RegionUnreachableError when no node of `region` answers in time */
  check(region: string): Promise<void> {
    const now = Date.now();
    const known = this.#verdicts.get(region);
    if (known !== undefined && now - known.at < this.#verdictMs) return known.answer;
    const answer = this.#transport.request(regionSubject(region), EMPTY, this.#probeTimeoutMs).then(
      () => undefined,
      (error: unknown) => {
        throw new RegionUnreachableError(region, { cause: error });
      },
    );
    this.#verdicts.set(region, { at: now, answer });
    // A verdict counts from when it is known, so a slow probe is not repeated at once.
    void answer.then(
      () => this.#verdicts.set(region, { at: Date.now(), answer }),
      () => this.#verdicts.set(region, { at: Date.now(), answer }),
    );
    return answer;
  }
}

/**
 * A request across a link that may be cut: if it is still unanswered after `afterMs`, `probe`
 * runs, and its failure (`REGION_UNREACHABLE`) fails the request at once (a link that drops
 * packets answers nothing until the request times out).
 */
export function unlessCutOff<T>(request: Promise<T>, probe: () => Promise<void>, afterMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const cutOff = new Promise<never>((_, reject) => {
    timer = setTimeout(() => probe().catch(reject), afterMs);
  });
  return Promise.race([request, cutOff]).finally(() => clearTimeout(timer));
}
