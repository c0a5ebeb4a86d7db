/**
 * What a node that holds the vault (standalone or registry) does for its operator over the admin
 * socket: report status, unseal and seal, run key rotation and shredding, and issue certificates
 * from the internal CA. Sealing drops every key and every entity's plaintext state from memory;
 * the node keeps running and answers VAULT_SEALED until unsealed.
 */
import { InvalidCommandError, keyScopeOf, RESEAL_COMMAND, splitEntityId } from '../../actors/index.js';
import type {
  AnyEntityKind,
  CommandOf,
  EntityClient,
  EntityHost,
  Journal,
  KeyScope,
  SnapshotStore,
} from '../../actors/index.js';
import {
  ca,
  CLUSTER_CA_ID,
  entitiesOfScope,
  keyCensus,
  keyset,
  keysetIdOf,
  moveOrg,
  orgHome,
  unmoved,
  rotateMasterKey,
  rotateScopeKey,
} from '../../registry/index.js';
import type {
  HomeChange,
  KeysetCommand,
  OrgHomeCommand,
  OrgHomeReply,
  RegionData,
  RegistryKeyring,
  RotationDeps,
  Vault,
} from '../../registry/index.js';
import type { Logger } from 'pino';
import type { SuperadminRequest } from '../../gateway/index.js';
import type { KeysChanged } from '../key-announcements.js';
import type { AdminHandler } from './admin-server.js';

/** Where a set of entities is stored and how to reach them: the registry's own, or an org's. */
export interface EntityStores {
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  /** Sends a command to one of these entities, wherever it lives. */
  readonly client: EntityClient;
}

export interface NodeAdminParts {
  readonly nodeId: string;
  readonly vault: Vault;
  readonly dataKeys: RegistryKeyring;
  readonly host: EntityHost;
  /** This node's client: it reaches the registry's entities. */
  readonly client: EntityClient;
  /** The registry's own entities (re-sealed by a master-key rotation). */
  readonly registryStores: EntityStores;
  /**
   * An org's entities: this node's own stores when standalone, the org's home region in a cluster.
   * @param region - the region the operator named, if any
   */
  orgStores(org: string, region: string | undefined): Promise<EntityStores>;
  /**
   * Tells every node that a scope's keys changed (they drop cached keys; a shred evicts).
   * @returns how many entities this process evicted
   */
  announce(change: KeysChanged): Promise<number> | number;
  /** Makes platform superadmins, where this node reaches the accounts (standalone). */
  readonly superadmins?: (request: SuperadminRequest) => Promise<{ accountId: string; created: boolean }>;
  /** Called once the vault is unsealed by the operator (a sealed standalone then starts its gateway). */
  readonly onUnsealed?: () => Promise<void>;
  /** Moves orgs between regions (a registry node of a cluster; a standalone node has one region). */
  readonly orgMoves?: {
    /** A region's stores. @throws when the region has no nodes (no shard map) */
    regionData(region: string): Promise<RegionData>;
    /** The data kinds, to tell an org's entities. */
    readonly kinds: ReadonlyMap<string, AnyEntityKind>;
    announce(change: HomeChange): void;
  };
  /** Makes every other registry node reload the vault document (after a master-key change). */
  readonly vaultChanged?: () => Promise<void>;
  readonly log: Logger;
}

export function nodeAdminHandler(parts: NodeAdminParts): AdminHandler {
  const { vault, dataKeys, host, client, log } = parts;
  const askKeyset = (id: string, command: KeysetCommand) =>
    client.ask(keyset, id, command as CommandOf<typeof keyset>, { timeoutMs: 30_000 });
  const resealThrough = (stores: EntityStores) => (kind: AnyEntityKind, id: string) =>
    stores.client.ask(kind, id, { type: RESEAL_COMMAND } as CommandOf<typeof kind>, { timeoutMs: 30_000 });
  const status = () => ({ node: parts.nodeId, vault: vault.status(), activeEntities: host.activeCount });

  return async (request, progress) => {
    switch (request.op) {
      case 'status':
        return status();
      case 'unseal': {
        const wasSealed = vault.sealed;
        await vault.unseal(request.secret);
        if (wasSealed && !vault.sealed) {
          log.info({ vault: vault.id, with: request.secret.type }, 'vault unsealed');
          await parts.onUnsealed?.();
        }
        return status();
      }
      case 'seal': {
        vault.seal();
        dataKeys.forgetAll();
        const dropped = await host.evict(() => true);
        log.warn({ vault: vault.id, dropped }, 'vault sealed by the operator: keys and entity state dropped');
        return status();
      }
      case 'keys-status': {
        const stores = await parts.orgStores(request.org, request.region);
        const members = await entitiesOfScope(stores, request.org);
        const census = await keyCensus(
          stores.journal,
          stores.snapshots,
          members.map((member) => member.entity),
        );
        return {
          org: request.org,
          keyset: await askKeyset(keysetIdOf(request.org), { type: 'status' }),
          entities: members.length,
          blobsByKeyVersion: Object.fromEntries([...census].map(([version, count]) => [`v${version}`, count])),
        };
      }
      case 'keys-rotate': {
        const stores = await parts.orgStores(request.org, request.region);
        const deps: RotationDeps = {
          ...stores,
          askKeyset,
          reseal: resealThrough(stores),
          keysChanged: async (scope) => void (await parts.announce({ scope, shredded: false })),
        };
        return rotateScopeKey(deps, request.org, { onProgress: (update) => progress({ ...update }) });
      }
      case 'keys-rotate-master': {
        const stores = parts.registryStores;
        return rotateMasterKey(
          {
            ...stores,
            vault,
            reseal: resealThrough(stores),
            ...(parts.vaultChanged === undefined ? {} : { vaultChanged: parts.vaultChanged }),
          },
          { onProgress: (update) => progress({ ...update }) },
        );
      }
      case 'org-move': {
        const moves = parts.orgMoves;
        if (moves === undefined) {
          throw new InvalidCommandError('a standalone node has one region: there is nowhere to move an org', {
            field: 'op',
          });
        }
        const askHome = (command: OrgHomeCommand) =>
          client.ask(orgHome, request.org, command, { timeoutMs: 30_000 }) as Promise<OrgHomeReply>;
        const home = await askHome({ type: 'lookup' });
        const fromRegion = request.from ?? home.region;
        if (fromRegion === request.to) return unmoved(request.org, fromRegion, request.to);
        const [from, to] = await Promise.all([moves.regionData(fromRegion), moves.regionData(request.to)]);
        const report = await moveOrg(
          { from, to, kinds: moves.kinds, askHome, announce: (change) => moves.announce(change) },
          request.org,
          (update) => progress({ ...update }),
        );
        // The org is in the operator's report; the log says only that one moved.
        log.info({ from: fromRegion, to: request.to, entities: report.entities }, 'org moved');
        return report;
      }
      case 'keys-shred': {
        const reply = await askKeyset(keysetIdOf(request.org), { type: 'shred' });
        const evicted = await parts.announce({ scope: request.org, shredded: true });
        log.warn({ org: request.org, evicted }, 'org data keys shredded: its data is unreadable from now on');
        return { org: request.org, shredded: true, evicted, keyset: reply };
      }
      case 'create-superadmin': {
        if (parts.superadmins === undefined) {
          throw new InvalidCommandError(
            'this node does not hold accounts: run create-superadmin on a standalone or gateway node',
            {
              field: 'op',
            },
          );
        }
        const result = await parts.superadmins(request);
        log.warn(
          { accountId: result.accountId, created: result.created },
          'platform superadmin granted by the operator',
        );
        return result;
      }
      case 'cert-issue': {
        // `init` is idempotent: the first certificate of a fresh registry makes its CA.
        await client.ask(ca, CLUSTER_CA_ID, { type: 'init' });
        const { csr, role, lifetimeMs } = request;
        const reply = await client.ask(ca, CLUSTER_CA_ID, {
          type: 'issue',
          csr,
          role,
          ...(lifetimeMs === undefined ? {} : { lifetimeMs }),
        });
        log.info({ role }, 'issued a certificate from the internal CA');
        return reply;
      }
    }
  };
}

/** What a standalone node does on a key change: drop the cached keys, evict a shredded org's entities. */
export function forgetLocally(
  dataKeys: RegistryKeyring,
  host: EntityHost,
  kinds: ReadonlyMap<string, AnyEntityKind>,
  log: Logger,
): (change: KeysChanged) => Promise<number> {
  const inScope = (scope: KeyScope) => (entity: string) => {
    const { kind, id } = splitEntityId(entity as never);
    const definition = kinds.get(kind);
    return definition !== undefined && keyScopeOf(definition, id) === scope;
  };
  return async ({ scope, shredded }) => {
    dataKeys.forget(scope);
    if (!shredded) return 0;
    const evicted = await host.evict(inScope(scope));
    if (evicted > 0) log.warn({ org: scope, evicted }, "evicted a shredded org's entities");
    return evicted;
  };
}
