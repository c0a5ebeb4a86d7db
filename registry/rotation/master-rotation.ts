/**
 * Rotates the master key: the vault makes a new version, the registry's own entities (keysets and
 * the rest, sealed under keys derived from the master key) are re-sealed under it, and once a
 * census finds no blob under an older version those versions are retired. Org data is untouched:
 * its data keys are only re-wrapped, since they live inside the re-sealed keysets.
 */
import type { AnyEntityKind, Journal, SnapshotStore } from '../../actors/index.js';
import { RotationIncompleteError } from '../errors.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import type { Vault } from '../vault/vault.js';
import { keyCensus, olderVersionsInUse } from './key-census.js';
import { censusRecord, entitiesOfScope, resealAll } from './key-rotation.js';
import type { RotationOptions, RotationReport } from './key-rotation.js';

export interface MasterRotationDeps {
  readonly vault: Vault;
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  readonly reseal: (kind: AnyEntityKind, id: string) => Promise<unknown>;
}

/** @throws RotationIncompleteError (`ROTATION_INCOMPLETE`) when a registry blob still uses an older master key */
export async function rotateMasterKey(
  deps: MasterRotationDeps,
  options: RotationOptions = {},
): Promise<RotationReport> {
  const report = options.onProgress ?? (() => undefined);
  const from = deps.vault.status().currentMasterKey;
  const to = await deps.vault.rotateMasterKey();
  report({ phase: 'rotated', scope: REGISTRY_SCOPE, done: 0, total: 0 });
  const members = await entitiesOfScope(deps, REGISTRY_SCOPE);
  const recordsErased = await resealAll(deps, REGISTRY_SCOPE, members, options.concurrency ?? 8, report);
  const census = await keyCensus(
    deps.journal,
    deps.snapshots,
    members.map((member) => member.entity),
  );
  const retired: number[] = [];
  if (options.retire ?? true) {
    const stale = olderVersionsInUse(census, to);
    if (stale.length > 0) throw new RotationIncompleteError(REGISTRY_SCOPE, stale, censusRecord(census));
    for (const version of deps.vault.status().masterKeyVersions) {
      if (version >= to) continue;
      await deps.vault.retireMasterKey(version);
      retired.push(version);
    }
    report({ phase: 'retired', scope: REGISTRY_SCOPE, done: retired.length, total: retired.length });
  }
  return {
    scope: REGISTRY_SCOPE,
    from,
    to,
    entities: members.length,
    recordsErased,
    census: censusRecord(census),
    retired,
  };
}
