/**
 * Rotates the data key of one scope (an org) without stopping it: the keyset makes a new version
 * that every new write uses, then each of the scope's entities is re-sealed under it (a marker
 * record, a snapshot, its older history erased), then a census of the stored blobs shows whether
 * any still needs an older version, and only if none does are the older versions retired. Reads
 * keep working throughout: a node holds every version until it is retired.
 */
import { splitEntityId } from '../../actors/index.js';
import type { AnyEntityKind, EntityId, Journal, KeyScope, SnapshotStore } from '../../actors/index.js';
import { RotationIncompleteError } from '../errors.js';
import { keysetIdOf } from '../keyset/keyset-id.js';
import type { KeysetCommand, KeysetStatus, RotateReply } from '../keyset/protocol.js';
import { keyCensus, olderVersionsInUse } from './key-census.js';
import type { KeyCensus } from './key-census.js';

/** What a rotation needs from the node it runs in. */
export interface RotationDeps {
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  /** Sends a command to a keyset entity. */
  readonly askKeyset: (keysetId: string, command: KeysetCommand) => Promise<unknown>;
  /** Sends the runtime's re-seal command to an entity, wherever it lives. */
  readonly reseal: (kind: AnyEntityKind, id: string) => Promise<unknown>;
  /** Makes every node drop its cached keys of the scope, so the next write fetches the new version. */
  readonly keysChanged: (scope: KeyScope) => Promise<void> | void;
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
 * @throws CommandRejectedError from the keyset (e.g. `KEYS_SHREDDED`, `NO_KEYS`)
 * @throws RotationIncompleteError (`ROTATION_INCOMPLETE`) when blobs under older versions remain
 *   after re-sealing (a node still wrote with an old key): nothing is retired; run it again
 */
export async function rotateScopeKey(
  deps: RotationDeps,
  scope: KeyScope,
  options: RotationOptions = {},
): Promise<RotationReport> {
  const report = options.onProgress ?? (() => undefined);
  const keysetId = keysetIdOf(scope);
  const before = (await deps.askKeyset(keysetId, { type: 'status' })) as KeysetStatus;
  const { current } = (await deps.askKeyset(keysetId, { type: 'rotate' })) as RotateReply;
  await deps.keysChanged(scope);
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
    const stale = olderVersionsInUse(census, current);
    if (stale.length > 0) throw new RotationIncompleteError(scope, stale, censusRecord(census));
    for (const { version } of before.versions) {
      if (version >= current) continue;
      await deps.askKeyset(keysetId, { type: 'retire', version });
      retired.push(version);
    }
    await deps.keysChanged(scope);
    report({ phase: 'retired', scope, done: retired.length, total: retired.length });
  }
  return {
    scope,
    from: before.current,
    to: current,
    entities: members.length,
    recordsErased,
    census: censusRecord(census),
    retired,
  };
}

interface Member {
  readonly entity: EntityId;
  readonly kind: AnyEntityKind;
  readonly id: string;
}

/** The entities whose kind seals them under `scope`. */
export async function entitiesOfScope(
  deps: Pick<RotationDeps, 'journal' | 'kinds'>,
  scope: KeyScope,
): Promise<Member[]> {
  const members: Member[] = [];
  for await (const entity of deps.journal.entities()) {
    const { kind: kindName, id } = splitEntityId(entity);
    const kind = deps.kinds.get(kindName);
    // An entity of a kind this node does not host cannot be re-sealed here; the census still sees it.
    if (kind === undefined) continue;
    if ((kind.keyScope?.(id) ?? '') === scope) members.push({ entity, kind, id });
  }
  return members;
}

export async function resealAll(
  deps: Pick<RotationDeps, 'reseal'>,
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

export function censusRecord(census: KeyCensus): Record<string, number> {
  return Object.fromEntries([...census].sort(([a], [b]) => a - b).map(([version, count]) => [`v${version}`, count]));
}
