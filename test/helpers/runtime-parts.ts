/** Builds runtime pieces on a temp LevelDB store, for tests that need more than one host. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ClassicLevel } from 'classic-level';
import { pino } from 'pino';
import {
  ADMIT_ANY,
  EntityClient,
  EntityHost,
  EntityServer,
  LevelJournal,
  LevelSnapshotStore,
  MemoryTransport,
  Sealer,
  PLATFORM_SCOPE,
  StaticKeyring,
  StaticShardDirectory,
  StoredNames,
} from '../../actors/index.js';
import type {
  AnyEntityKind,
  EntityId,
  KeyScope,
  Journal,
  Keyring,
  OutboxOptions,
  RequestGuard,
  SnapshotStore,
} from '../../actors/index.js';

export const silentLog = pino({ level: process.env.REDOUBT_TEST_LOG ?? 'silent' });

export interface TempStore extends AsyncDisposable {
  readonly dir: string;
  readonly db: ClassicLevel<string, Uint8Array>;
  readonly journal: LevelJournal;
  readonly snapshots: LevelSnapshotStore;
  /** How the store names entities (blinded under a key of its own). */
  readonly names: StoredNames;
}

/** @param scopeOf - the key scope of an entity, which picks its name key @default the platform's for all */
export async function tempStore(scopeOf: (entity: EntityId) => KeyScope = () => PLATFORM_SCOPE): Promise<TempStore> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-store-'));
  const db = new ClassicLevel<string, Uint8Array>(join(dir, 'store'), { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const names = testNames(scopeOf);
  return {
    dir,
    db,
    names,
    journal: new LevelJournal(db, names),
    snapshots: new LevelSnapshotStore(db, names),
    async [Symbol.asyncDispose]() {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Names blinded under a random key; every entity in the platform's scope unless told otherwise. */
export function testNames(scopeOf: (entity: EntityId) => KeyScope = () => PLATFORM_SCOPE): StoredNames {
  return new StoredNames(randomKeyring(), scopeOf);
}

export function randomKeyring(): StaticKeyring {
  return new StaticKeyring([{ version: 1, bytes: randomBytes(32) }]);
}

/** One node's host, server and client over the given journal, owning every shard. */
export function testNode(options: {
  journal: Journal;
  snapshots: SnapshotStore;
  keyring: Keyring;
  kinds: AnyEntityKind[];
  nodeId?: string;
  maxPayloadBytes?: number;
  actorIdleMs?: number;
  guard?: RequestGuard;
  outbox?: OutboxOptions;
}): { host: EntityHost; server: EntityServer; client: EntityClient; transport: MemoryTransport } {
  const nodeId = options.nodeId ?? 'n1';
  const directory = new StaticShardDirectory(nodeId, 8);
  const transport = new MemoryTransport();
  const host = new EntityHost({
    journal: options.journal,
    snapshots: options.snapshots,
    sealer: new Sealer(options.keyring),
    log: silentLog,
    ...(options.actorIdleMs === undefined ? {} : { actorIdleMs: options.actorIdleMs }),
    ...(options.outbox === undefined ? {} : { outbox: options.outbox }),
  });
  const server = new EntityServer({
    nodeId,
    region: 'test',
    kinds: new Map(options.kinds.map((k) => [k.kind, k])),
    host,
    directory,
    log: silentLog,
    // The runtime's own tests: the envelope guard is tested with real keys in test/registry/.
    guard: options.guard ?? ADMIT_ANY,
    ...(options.maxPayloadBytes === undefined ? {} : { maxPayloadBytes: options.maxPayloadBytes }),
  });
  server.listen(transport);
  const client = new EntityClient({
    region: 'test',
    directory,
    transport,
    local: { nodeId, server },
    defaultTimeoutMs: 3000,
  });
  return { host, server, client, transport };
}
