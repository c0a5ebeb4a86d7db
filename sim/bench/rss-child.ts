/**
 * Measures resident memory of many active idle entities in a fresh process:
 * `node --expose-gc rss-child.js entities|baseline <count>` prints `{"bytes": N}`.
 * `baseline` holds the same states in a plain Map: the least any runtime could use.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { pino } from 'pino';
import {
  EntityHost,
  LevelJournal,
  LevelSnapshotStore,
  Sealer,
  StaticKeyring,
  SYSTEM_CALLER,
  entityId,
  shardOf,
  StoredNames,
  PLATFORM_SCOPE,
} from '../../actors/index.js';
import { ledger } from '../../domain/index.js';

const [mode, countText] = process.argv.slice(2);
const ACTOR_IDLE_MS = 1000;
const count = Number(countText ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

function settle(): number {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().rss;
}

const dir = await mkdtemp(join(tmpdir(), 'redoubt-rss-'));
const db = new ClassicLevel<string, Uint8Array>(join(dir, 'store'), { keyEncoding: 'utf8', valueEncoding: 'view' });
await db.open();
const keyring = new StaticKeyring([{ version: 1, bytes: randomBytes(32) }]);
const names = new StoredNames(keyring, () => PLATFORM_SCOPE);
const host = new EntityHost({
  journal: new LevelJournal(db, names),
  snapshots: new LevelSnapshotStore(db, names),
  sealer: new Sealer(keyring),
  log: pino({ level: 'silent' }),
  actorIdleMs: ACTOR_IDLE_MS,
});
// Warm the code paths and the store so the measurement sees only per-entity memory.
const ask = (i: number) => {
  const entity = entityId('ledger', `idle-${i}`);
  return host.ask({
    entity,
    shard: shardOf(entity, 64),
    kind: ledger,
    command: { type: 'read' },
    requestId: `r${i}`,
    caller: SYSTEM_CALLER,
    deadline: Date.now() + 60_000,
  });
};
for (let i = 0; i < 1000; i++) await ask(-1 - i);
const before = settle();
const keep: unknown[] = [];
if (mode === 'baseline') {
  const states = new Map<string, unknown>();
  for (let i = 0; i < count; i++) {
    states.set(`ledger/idle-${i}`, { state: ledger.initialState(`idle-${i}`), seq: 0, position: 0, sinceSnapshot: 0 });
  }
  keep.push(states);
} else {
  for (let i = 0; i < count; i += 1000)
    await Promise.all(Array.from({ length: Math.min(1000, count - i) }, (_, j) => ask(i + j)));
  // Idle means no command for a while: long enough for the entities to release their actors.
  await new Promise((resolve) => setTimeout(resolve, ACTOR_IDLE_MS + 1000));
  if (host.activeCount < count) throw new Error(`only ${host.activeCount} of ${count} entities are active`);
}
const after = settle();
process.stdout.write(`${JSON.stringify({ bytes: after - before, active: host.activeCount, kept: keep.length })}\n`);
await host.close(60_000);
await db.close();
await rm(dir, { recursive: true, force: true });
