/**
 * Whether a scope's data can be restored: only where the registry still holds the scope's keys.
 * A shredded scope (or one with no keyset at all) restores nothing, which is what makes
 * crypto-shredding reach backups.
 */
import { Sealer, decodeRecordBody, decodeSnapshotBody, entityId, isRuntimeEvent } from '../../actors/index.js';
import type { Journal, KeyScope, SnapshotStore } from '../../actors/index.js';
import { keysetIdOf, REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import type { KeysetCommand, KeysetEvent, KeysetStatus } from '../keyset/protocol.js';
import { evolveKeyset, initialKeyset } from '../keyset/state.js';
import type { KeysetState } from '../keyset/state.js';
import { VaultKeyring } from '../vault/vault-keyring.js';
import type { Vault } from '../vault/vault.js';

/** `live`: the scope has keys; `shredded`: they were destroyed; `absent`: it never had any here. */
export type ScopeStatus = 'live' | 'shredded' | 'absent';

/** Tells whether a scope's data may be restored. */
export type ScopeStatusOf = (scope: KeyScope) => Promise<ScopeStatus>;

/** The restore verdict of a keyset's `status` reply. */
export function scopeStatusOf(status: KeysetStatus): ScopeStatus {
  if (status.shredded) return 'shredded';
  return status.current === 0 ? 'absent' : 'live';
}

/**
 * Asks the keysets through a running node's entity client (the online path).
 * @param ask - sends a command to a keyset entity, e.g. `(id, c) => client.ask(keyset, id, c)`
 */
export function keysetStatusViaClient(
  ask: (keysetId: string, command: KeysetCommand) => Promise<unknown>,
): ScopeStatusOf {
  return async (scope) => scopeStatusOf((await ask(keysetIdOf(scope), { type: 'status' })) as KeysetStatus);
}

/**
 * Reads the keysets straight from a store no node is running on (the offline path): each keyset's
 * snapshot and journal, opened with the registry key derived from the unsealed vault.
 */
export function keysetStatusFromStore(journal: Journal, snapshots: SnapshotStore, vault: Vault): ScopeStatusOf {
  const stateOf = keysetStateFromStore(journal, snapshots, vault);
  return async (scope) => {
    const state = await stateOf(scope);
    if (state === undefined) return 'absent';
    return scopeStatusOf({ current: state.current, versions: [], shredded: state.shredded });
  };
}

/** A scope's keyset state as a store holds it, or undefined when it has none; read offline as {@link keysetStatusFromStore} does. */
export function keysetStateFromStore(
  journal: Journal,
  snapshots: SnapshotStore,
  vault: Vault,
): (scope: KeyScope) => Promise<KeysetState | undefined> {
  const sealer = new Sealer(new VaultKeyring(vault));
  return async (scope) => {
    const entity = entityId('keyset', keysetIdOf(scope));
    let state: KeysetState = initialKeyset();
    let found = false;
    const snapshot = await snapshots.load(entity);
    if (snapshot !== undefined) {
      const context = { purpose: 'snapshot', entity, seq: snapshot.seq } as const;
      const body = decodeSnapshotBody(sealer.open(REGISTRY_SCOPE, context, snapshot.sealed), `snapshot of ${entity}`);
      state = body.state as KeysetState;
      found = true;
    }
    for await (const record of journal.readAfter(entity, snapshot?.position ?? 0)) {
      const context = { purpose: 'event', entity, seq: record.seq } as const;
      const body = decodeRecordBody(sealer.open(REGISTRY_SCOPE, context, record.sealed), `record of ${entity}`);
      for (const event of body.events) {
        if (!isRuntimeEvent(event)) state = evolveKeyset(state, event as KeysetEvent);
      }
      found = true;
    }
    return found ? state : undefined;
  };
}
