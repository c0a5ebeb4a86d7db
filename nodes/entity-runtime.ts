/** Wires host, server and client on top of the adapters a node role chose. */
import type { Logger } from 'pino';
import { EntityClient, EntityHost, EntityServer, Sealer } from '../actors/index.js';
import type {
  AnyEntityKind,
  Journal,
  Keyring,
  OutboxLedger,
  RequestGuard,
  RequestSigner,
  ShardDirectory,
  SnapshotStore,
  Transport,
} from '../actors/index.js';
import type { LoadedModule } from '../gateway/index.js';
import type { NodeConfig } from './config.js';
import { hostedKinds } from './kinds.js';
import type { NodeRoles } from './kinds.js';
import { moduleLogger } from './logger.js';
import { outboxDelivery } from './outbox-wiring.js';
import type { NodeMetrics } from './metrics.js';

export interface EntityRuntimeParts {
  readonly config: NodeConfig;
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly directory: ShardDirectory;
  readonly transport: Transport;
  readonly keyring: Keyring;
  /** Which entities this node hosts: the data kinds, the registry's (it holds the vault), or both. */
  readonly roles: NodeRoles;
  /** The modules the node runs, loaded: their kinds are the data kinds. */
  readonly modules: readonly LoadedModule[];
  /** Checks the credential of each request before its entity sees it (see node-access.ts). */
  readonly guard: RequestGuard;
  /** Attaches this node's credential to its requests. */
  readonly signer?: RequestSigner;
  readonly metrics: NodeMetrics;
  readonly log: Logger;
  /**
   * Where the notes of outbox messages are kept, and the client of the registry that signs audit
   * checkpoints; needed by a node that hosts data kinds (their changes feed the audit trail).
   */
  readonly outbox?: { readonly ledger: OutboxLedger; readonly registry: () => EntityClient };
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
  const kinds = hostedKinds(parts.roles, parts.modules);
  const host: EntityHost = new EntityHost({
    journal: parts.journal,
    snapshots: parts.snapshots,
    sealer: new Sealer(parts.keyring),
    log: moduleLogger(parts.log, 'host'),
    metrics: parts.metrics,
    ...(parts.outbox === undefined
      ? {}
      : {
          outbox: {
            ledger: parts.outbox.ledger,
            deliver: outboxDelivery(
              (): { data: EntityClient; registry: EntityClient } => ({
                data: client,
                registry: parts.outbox!.registry(),
              }),
              parts.transport,
              moduleLogger(parts.log, 'outbox'),
              kinds,
            ),
          },
        }),
  });
  const server = new EntityServer({
    nodeId: config.nodeId,
    region: config.region,
    kinds,
    host,
    directory: parts.directory,
    log: moduleLogger(parts.log, 'server'),
    maxPayloadBytes: config.maxPayloadBytes,
    guard: parts.guard,
  });
  const client: EntityClient = new EntityClient({
    region: config.region,
    directory: parts.directory,
    transport: parts.transport,
    local: { nodeId: config.nodeId, server },
    ...(parts.signer === undefined ? {} : { signer: parts.signer }),
  });
  return { host, server, client, kinds };
}
