/**
 * The part every key rotation shares, whatever holds the keys (an org's keyset, the vault's master
 * keys): make a new version, re-seal each entity of the scope under it (a marker record, a
 * snapshot, its older history erased), count which versions the stored blobs use, and retire the
 * older versions only when none does. Reads keep working throughout: every unretired version
 * still opens what it sealed.
 */
import { keyScopeOf, splitEntityId } from '../../actors/index.js';
import type { AnyEntityKind, EntityId, Journal, KeyScope, SnapshotStore } from '../../actors/index.js';
import { RotationIncompleteError } from '../errors.js';
import { keyCensus, olderVersionsInUse } from './key-census.js';
import type { KeyCensus } from './key-census.js';

/** What re-sealing needs from the node it runs in. */
export interface ResealDeps {
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  /** Sends the runtime's re-seal command to an entity, wherever it lives. */
  readonly reseal: (kind: AnyEntityKind, id: string) => Promise<unknown>;
}

/** The versioned keys of one scope, as a rotation drives them. */
export interface VersionedKeys {
  /** Makes a new current version. */
  rotate(): Promise<{ readonly from: number; readonly to: number }>;
  /** Every version that exists now. */
  versions(): Promise<readonly number[]>;
  retire(version: number): Promise<void>;
  /** Called once the versions changed (made or retired), so nodes drop what they cached. */
  changed(): Promise<void> | void;
}

export interface RotationProgress {
  readonly phase: 'rotated' | 'listing' | 'resealing' | 'census' | 'retired';
  readonly scope: KeyScope;
  readonly done: number;
  readonly total: number;
}

export interface RotationReport {
  readonly scope: KeyScope;
  readonly from: number;
  readonly to: number;
  readonly entities: number;
  readonly recordsErased: number;
  /** Blob counts by key version after re-sealing. */
  readonly census: Readonly<Record<string, number>>;
  readonly retired: readonly number[];
}

export interface RotationOptions {
  readonly onProgress?: (progress: RotationProgress) => void;
  /**
   * Re-seal this many entities at once.
   * @default 8
   */
  readonly concurrency?: number;
  /**
   * Retire the older versions once no blob uses them.
   * @default true
   */
  readonly retire?: boolean;
}

/**
 * @throws RotationIncompleteError (`ROTATION_INCOMPLETE`) when blobs under older versions remain
 *   after re-sealing (a node still wrote with an old key): nothing is retired; run it again
 */
export async function resealUnderNewKey(
  deps: ResealDeps,
  scope: KeyScope,
  keys: VersionedKeys,
  options: RotationOptions = {},
): Promise<RotationReport> {
  const report = options.onProgress ?? (() => undefined);
  const { from, to } = await keys.rotate();
  await keys.changed();
  report({ phase: 'rotated', scope, done: 0, total: 0 });

  const members = await entitiesOfScope(deps, scope);
  report({ phase: 'listing', scope, done: members.length, total: members.length });
  const recordsErased = await resealAll(deps, scope, members, options.concurrency ?? 8, report);

  report({ phase: 'census', scope, done: 0, total: members.length });
  const census = await keyCensus(
    deps.journal,
    deps.snapshots,
    members.map((member) => member.entity),
  );
  const retired: number[] = [];
  if (options.retire ?? true) {
    const stale = olderVersionsInUse(census, to);
    if (stale.length > 0) throw new RotationIncompleteError(scope, stale, censusRecord(census));
    for (const version of await keys.versions()) {
      if (version >= to) continue;
      await keys.retire(version);
      retired.push(version);
    }
    await keys.changed();
    report({ phase: 'retired', scope, done: retired.length, total: retired.length });
  }
  return { scope, from, to, entities: members.length, recordsErased, census: censusRecord(census), retired };
}

interface Member {
  readonly entity: EntityId;
  readonly kind: AnyEntityKind;
  readonly id: string;
}

/** The entities whose kind seals them under `scope`. */
export async function entitiesOfScope(deps: Pick<ResealDeps, 'journal' | 'kinds'>, scope: KeyScope): Promise<Member[]> {
  const members: Member[] = [];
  for await (const entity of deps.journal.entities(scope)) {
    const { kind: kindName, id } = splitEntityId(entity);
    const kind = deps.kinds.get(kindName);
    // An entity of a kind this node does not host cannot be re-sealed here; the census still sees it.
    if (kind === undefined) continue;
    if (keyScopeOf(kind, id) === scope) members.push({ entity, kind, id });
  }
  return members;
}

async function resealAll(
  deps: Pick<ResealDeps, 'reseal'>,
  scope: KeyScope,
  members: readonly Member[],
  concurrency: number,
  report: (progress: RotationProgress) => void,
): Promise<number> {
  let next = 0;
  let done = 0;
  let erased = 0;
  const worker = async () => {
    while (next < members.length) {
      const member = members[next++]!;
      const reply = (await deps.reseal(member.kind, member.id)) as { erased?: number } | null;
      erased += reply?.erased ?? 0;
      done++;
      report({ phase: 'resealing', scope, done, total: members.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, members.length)) }, worker));
  return erased;
}

function censusRecord(census: KeyCensus): Record<string, number> {
  return Object.fromEntries([...census].sort(([a], [b]) => a - b).map(([version, count]) => [`v${version}`, count]));
}
