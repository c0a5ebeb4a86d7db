/** What starting a node gives back. */
import type { EntityClient } from '../actors/index.js';
import type { NodeConfig } from './config.js';

export interface RunningNode {
  readonly config: NodeConfig;
  /** Reaches any entity of the region from this process. */
  readonly client: EntityClient;
  /** The port of /metrics and /healthz. */
  readonly httpPort: number;
  /** Hands off shards, stops entities, flushes and releases everything; idempotent. */
  close(): Promise<void>;
}
