/**
 * What a node that holds the vault does for its operator over the admin socket: report status,
 * unseal and seal, and run key rotation and shredding. Sealing drops every key and every entity's
 * plaintext state from memory; the node keeps running and answers VAULT_SEALED until unsealed.
 */
import { keyScopeOf, RESEAL_COMMAND, splitEntityId } from '../../actors/index.js';
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
  entitiesOfScope,
  keyCensus,
  keyset,
  keysetIdOf,
  rotateMasterKey,
  rotateScopeKey,
} from '../../registry/index.js';
import type { KeysetCommand, RegistryKeyring, RotationDeps, Vault } from '../../registry/index.js';
import type { Logger } from 'pino';
import type { AdminHandler } from './admin-server.js';

export interface NodeAdminParts {
  readonly nodeId: string;
  readonly vault: Vault;
  readonly dataKeys: RegistryKeyring;
  readonly host: EntityHost;
  readonly client: EntityClient;
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  readonly log: Logger;
}

export function nodeAdminHandler(parts: NodeAdminParts): AdminHandler {
  const { vault, dataKeys, host, client, log } = parts;
  const askKeyset = (id: string, command: KeysetCommand) =>
    client.ask(keyset, id, command as CommandOf<typeof keyset>, { timeoutMs: 30_000 });
  const reseal = (kind: AnyEntityKind, id: string) =>
    client.ask(kind, id, { type: RESEAL_COMMAND } as CommandOf<typeof kind>, { timeoutMs: 30_000 });
  const inScope = (scope: KeyScope) => (entity: string) => {
    const { kind, id } = splitEntityId(entity as never);
    const definition = parts.kinds.get(kind);
    return definition !== undefined && keyScopeOf(definition, id) === scope;
  };
  const deps: RotationDeps = {
    journal: parts.journal,
    snapshots: parts.snapshots,
    kinds: parts.kinds,
    askKeyset,
    reseal,
    keysChanged: (scope) => dataKeys.forget(scope),
  };
  const status = () => ({ node: parts.nodeId, vault: vault.status(), activeEntities: host.activeCount });

  return async (request, progress) => {
    switch (request.op) {
      case 'status':
        return status();
      case 'unseal': {
        const wasSealed = vault.sealed;
        await vault.unseal(request.secret);
        if (wasSealed && !vault.sealed) log.info({ vault: vault.id, with: request.secret.type }, 'vault unsealed');
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
        const members = await entitiesOfScope(parts, request.org);
        const census = await keyCensus(
          parts.journal,
          parts.snapshots,
          members.map((member) => member.entity),
        );
        return {
          org: request.org,
          keyset: await askKeyset(keysetIdOf(request.org), { type: 'status' }),
          entities: members.length,
          blobsByKeyVersion: Object.fromEntries([...census].map(([version, count]) => [`v${version}`, count])),
        };
      }
      case 'keys-rotate':
        return rotateScopeKey(deps, request.org, { onProgress: (update) => progress({ ...update }) });
      case 'keys-rotate-master':
        return rotateMasterKey({ ...parts, reseal }, { onProgress: (update) => progress({ ...update }) });
      case 'keys-shred': {
        const reply = await askKeyset(keysetIdOf(request.org), { type: 'shred' });
        dataKeys.forget(request.org);
        const evicted = await host.evict(inScope(request.org));
        log.warn({ org: request.org, evicted }, 'org data keys shredded: its data is unreadable from now on');
        return { org: request.org, shredded: true, evicted, keyset: reply };
      }
    }
  };
}
