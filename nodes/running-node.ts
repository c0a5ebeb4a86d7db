/** What starting a node gives back. */
import type { KeyObject } from 'node:crypto';
import type { EntityClient } from '../actors/index.js';
import type { NodeConfig } from './config.js';

export interface RunningNode {
  readonly config: NodeConfig;
  /** Reaches any entity of the region from this process. */
  readonly client: EntityClient;
  /** The port of /metrics and /healthz. */
  readonly httpPort: number;
  /** The gRPC gateway's port, where this node runs one. */
  readonly grpcPort?: number;
  /** What the gateway's modules listen on besides it, by name (`dns-udp`, `dns-dot`). */
  readonly endpoints?: Readonly<Record<string, number>>;
  /** The CA bundle the gateway's certificate chains to, for clients to trust. */
  readonly caFile?: string;
  /** The gateway's mail outbox directory (until the SMTP relay exists). */
  readonly outbox?: string;
  /**
   * The platform's name key (it keys the email index's ids), where this node holds one.
   * @throws UnavailableError before the node fetched it
   */
  readonly nameKey?: () => KeyObject;
  /** Hands off shards, stops entities, flushes and releases everything; idempotent. */
  close(): Promise<void>;
}
