/**
 * Knowing at once that a node is gone. A process killed with -9 stops heartbeating, but waiting
 * for its heartbeats to be missed costs seconds. Its TCP connection, though, closes at once, and
 * the NATS servers drop its subscriptions: a request to a subject only it served is then answered
 * by the server itself, "no responders", within a round trip. Whoever meets that answer on a
 * node's subject reports the node as suspect; coordinators confirm with a probe of their own
 * before they act. Timing never decides ownership: a node wrongly thought gone is refused by the
 * journal's fencing, exactly as before.
 */
import { DeadlineExceededError, NoRespondersError } from '../errors.js';
import { isNodeId } from '../runtime/subjects.js';
import type { Subscription, Transport } from '../transport/transport.js';

/** What a probe learned about a node. */
export type Liveness = 'alive' | 'gone' | 'silent';

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The subject a node's coordinator answers probes on. */
export function aliveSubject(region: string, nodeId: string): string {
  return `rdt.${region}.alive.${nodeId}`;
}

/** Where suspicions about a region's nodes are published. */
export function suspectSubject(region: string): string {
  return `rdt.${region}.suspect`;
}

/** Answers probes for this node; closing the subscription makes it look gone. */
export function answerProbes(transport: Transport, region: string, nodeId: string): Subscription {
  return transport.serve(aliveSubject(region, nodeId), () => Promise.resolve(EMPTY));
}

/**
 * Asks whether a node is connected: `gone` only on the servers' own "no responders" answer,
 * `silent` when nothing came back in time (a frozen or cut-off node, or a slow network: only the
 * heartbeat timeout decides those).
 */
export async function probe(
  transport: Transport,
  region: string,
  nodeId: string,
  timeoutMs: number,
): Promise<Liveness> {
  try {
    await transport.request(aliveSubject(region, nodeId), EMPTY, timeoutMs);
    return 'alive';
  } catch (error) {
    if (error instanceof NoRespondersError) return 'gone';
    if (error instanceof DeadlineExceededError) return 'silent';
    throw error;
  }
}

/**
 * Reports nodes that a request found without responders, at most once per node per `everyMs`
 * (a dead node's every caller meets the same answer).
 */
export class SuspectReporter {
  readonly #transport: Transport;
  readonly #subject: string;
  readonly #everyMs: number;
  readonly #lastReported = new Map<string, number>();

  constructor(transport: Transport, region: string, everyMs = 200) {
    this.#transport = transport;
    this.#subject = suspectSubject(region);
    this.#everyMs = everyMs;
  }

  report(nodeId: string): void {
    const now = Date.now();
    if (now - (this.#lastReported.get(nodeId) ?? -Infinity) < this.#everyMs) return;
    this.#lastReported.set(nodeId, now);
    if (this.#lastReported.size > 1024) this.#lastReported.clear();
    this.#transport.publish(this.#subject, encoder.encode(nodeId));
  }
}

/** Reads a suspect report; undefined for anything that is not a plausible node id. */
export function decodeSuspect(data: Uint8Array): string | undefined {
  if (data.length === 0 || data.length > 64) return undefined;
  const nodeId = decoder.decode(data);
  return isNodeId(nodeId) ? nodeId : undefined;
}
