/** Wires host, server and client on top of the adapters a node role chose. */
import type { Logger } from 'pino';
import { EntityClient, EntityHost, EntityServer, Sealer } from '../actors/index.js';
import type { AnyEntityKind, Journal, Keyring, ShardDirectory, SnapshotStore, Transport } from '../actors/index.js';
import type { NodeConfig } from './config.js';
import { builtInKinds } from './kinds.js';
import { moduleLogger } from './logger.js';
import type { NodeMetrics } from './metrics.js';

export interface EntityRuntimeParts {
  readonly config: NodeConfig;
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly directory: ShardDirectory;
  readonly transport: Transport;
  readonly keyring: Keyring;
  /** Whether this node hosts the registry's entities (it holds the unsealed vault). */
  readonly registry: boolean;
  readonly metrics: NodeMetrics;
  readonly log: Logger;
}

export interface EntityRuntime {
  readonly host: EntityHost;
  readonly server: EntityServer;
  readonly client: EntityClient;
  /** The kinds this node hosts, by name. */
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
}

export function assembleEntityRuntime(parts: EntityRuntimeParts): EntityRuntime {
  const { config } = parts;
  const kinds = builtInKinds({ registry: parts.registry });
  const host = new EntityHost({
    journal: parts.journal,
    snapshots: parts.snapshots,
    sealer: new Sealer(parts.keyring),
    log: moduleLogger(parts.log, 'host'),
    metrics: parts.metrics,
  });
  const server = new EntityServer({
    nodeId: config.nodeId,
    region: config.region,
    kinds,
    host,
    directory: parts.directory,
    log: moduleLogger(parts.log, 'server'),
    maxPayloadBytes: config.maxPayloadBytes,
  });
  const client = new EntityClient({
    region: config.region,
    directory: parts.directory,
    transport: parts.transport,
    local: { nodeId: config.nodeId, server },
  });
  return { host, server, client, kinds };
}
