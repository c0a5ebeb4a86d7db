import t from 'tap';
import { ConcurrencyLimit } from '../../../actors/runtime/concurrency-limit.js';

t.test('at most the limit runs at once; the rest start in arrival order, and a failure frees its slot', async (t) => {
  const limit = new ConcurrencyLimit(3);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const releases: (() => void)[] = [];
  const tasks = Array.from({ length: 10 }, (_, i) =>
    limit.run(async () => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running--;
      if (i === 4) throw new Error('task 4 fails');
      return i;
    }),
  );
  const settled = Promise.allSettled(tasks);
  for (let released = 0; released < 10; released++) {
    while (releases.length === released) await new Promise((resolve) => setImmediate(resolve));
    t.ok(running <= 3, `${running} running`);
    releases[released]!();
  }
  const results = await settled;
  t.equal(most, 3, 'three ran together, never more');
  t.same(started, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'first come, first served');
  t.equal(results.filter((r) => r.status === 'rejected').length, 1, 'only the failing task failed');
  t.throws(() => new ConcurrencyLimit(0), RangeError);
});
