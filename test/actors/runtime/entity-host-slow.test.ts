import t from 'tap';
import { defineEntity } from '../../../actors/index.js';
import { ledger } from '../../../domain/index.js';
import type { SnapshotStore } from '../../../actors/index.js';
import { randomKeyring, tempStore, testNode } from '../../helpers/runtime-parts.js';

/** A snapshot store whose loads take a random while, as under a busy disk. */
function slowLoads(inner: SnapshotStore, maxDelayMs: number): SnapshotStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'load' || typeof value !== 'function')
        return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * maxDelayMs));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

t.test('slow activations racing short actor idling lose no reply', async (t) => {
  await using store = await tempStore();
  const quick = defineEntity({ ...ledger, kind: 'quick', passivateAfterMs: 30 });
  const node = testNode({
    ...store,
    snapshots: slowLoads(store.snapshots, 150),
    keyring: randomKeyring(),
    kinds: [quick],
    actorIdleMs: 5,
  });
  let expected = 0;
  for (let round = 0; round < 6; round++) {
    const asks = [];
    for (let i = 0; i < 300; i++) {
      asks.push(node.client.ask(quick, `e${i % 100}`, { type: 'append', amount: 1 }));
    }
    const results = await Promise.allSettled(asks);
    const failed = results.filter((r) => r.status === 'rejected');
    t.equal(failed.length, 0, `round ${round}: every ask answered`, { failed: failed.slice(0, 3) });
    expected += 3;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
  }
  for (let i = 0; i < 100; i += 17) {
    t.match(await node.client.ask(quick, `e${i}`, { type: 'read' }), { count: expected }, `e${i} kept every append`);
  }
  await node.host.close();
});
