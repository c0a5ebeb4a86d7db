import { setTimeout as delay } from 'node:timers/promises';
import t from 'tap';
import { RecoveryProbe } from '../../../sim/measure/recovery-probe.js';
import type { ProbeTarget } from '../../../sim/measure/recovery-probe.js';

function healthy(name: string): ProbeTarget {
  return { name, ask: async () => 'ok' };
}

function down(name: string): ProbeTarget {
  return {
    name,
    ask: async () => {
      throw new Error(`${name} is unavailable`);
    },
  };
}

/** Fails every call that starts before `recoversAt` (a `performance.now()` time). */
function downUntil(name: string, recoversAt: number): ProbeTarget {
  return {
    name,
    ask: async () => {
      if (performance.now() < recoversAt) throw new Error(`${name} is unavailable`);
      return 'ok';
    },
  };
}

t.test('sweep names the targets that failed, in order', async (t) => {
  const probe = new RecoveryProbe([healthy('org a'), down('project b'), healthy('issue c'), down('account d')]);
  t.same(await probe.sweep(), { ok: false, failed: ['project b', 'account d'] });
  t.same(await new RecoveryProbe([healthy('org a'), healthy('org b')]).sweep(), { ok: true, failed: [] });
  t.same(await new RecoveryProbe([]).sweep(), { ok: true, failed: [] }, 'nothing to probe is recovered');
});

t.test('untilRecovered returns the end of the first whole sweep after the target came back', async (t) => {
  const began = performance.now();
  const recoversAt = began + 150;
  const probe = new RecoveryProbe([healthy('org a'), downUntil('issue b', recoversAt), healthy('org c')], {
    intervalMs: 10,
  });
  t.same(await probe.sweep(), { ok: false, failed: ['issue b'] }, 'failing before T');
  const result = await probe.untilRecovered(began + 3_000);
  if (result.at === null) {
    t.fail('it recovered');
    return;
  }
  t.ok(result.at >= recoversAt, `recovered at ${result.at - began} ms, after T (150 ms)`);
  t.ok(result.at < began + 2_000, `and soon after it: ${result.at - began} ms`);
  t.same(result.lastFailed, []);
  t.same(await probe.sweep(), { ok: true, failed: [] }, 'it stays recovered');
});

t.test('a target that never answers gives at: null by the deadline and is named', async (t) => {
  const began = performance.now();
  const probe = new RecoveryProbe([healthy('org a'), down('issue stuck')], { intervalMs: 20 });
  const result = await probe.untilRecovered(began + 200);
  const took = performance.now() - began;
  t.equal(result.at, null);
  t.same(result.lastFailed, ['issue stuck']);
  t.ok(took >= 200, `it kept trying to the deadline: ${took} ms`);
  t.ok(took < 2_000, `and stopped soon after: ${took} ms`);
});

t.test('lastFailed is the last sweep, not the first', async (t) => {
  const began = performance.now();
  const probe = new RecoveryProbe([downUntil('org early', began + 50), down('org never')], { intervalMs: 10 });
  const result = await probe.untilRecovered(began + 250);
  t.equal(result.at, null);
  t.same(result.lastFailed, ['org never'], 'org early had come back by then');
});

t.test('each call gets the call timeout, and at most `concurrency` calls run at once', async (t) => {
  const timeouts: number[] = [];
  let running = 0;
  let maxRunning = 0;
  const targets = Array.from({ length: 6 }, (_, i) => ({
    name: `org ${i}`,
    ask: async (timeoutMs: number) => {
      timeouts.push(timeoutMs);
      running++;
      maxRunning = Math.max(maxRunning, running);
      await delay(20);
      running--;
    },
  }));
  const probe = new RecoveryProbe(targets, { callTimeoutMs: 250, concurrency: 2 });
  t.same(await probe.sweep(), { ok: true, failed: [] });
  t.same(timeouts, [250, 250, 250, 250, 250, 250]);
  t.equal(maxRunning, 2);
  t.equal(probe.targets, targets);
});

t.test('a call timeout of 1000 ms is the default', async (t) => {
  const timeouts: number[] = [];
  await new RecoveryProbe([{ name: 'org a', ask: async (ms) => timeouts.push(ms) }]).sweep();
  t.same(timeouts, [1_000]);
});
