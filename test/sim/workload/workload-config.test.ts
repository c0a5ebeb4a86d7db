import t from 'tap';
import type { Test } from 'tap';
import { SimConfigError } from '../../../sim/errors.js';
import { parseWorkloadConfig, withOverrides } from '../../../sim/workload/workload-config.js';
import type { WorkloadConfig } from '../../../sim/workload/workload-config.js';

/** The smallest valid workload: rate and durationS have no default. */
const MINIMAL = { rate: 10, durationS: 5 };

/** Asserts that parsing `input` fails with a SimConfigError whose message is exactly `message`. */
function rejects(t: Test, input: unknown, message: string, where?: string): void {
  rejectsWith(
    t,
    () => parseWorkloadConfig(input, where),
    (m) => m === message,
    message,
  );
}

/** Asserts that `fn` throws a SimConfigError whose message starts with `prefix`. */
function rejectsStarting(t: Test, fn: () => unknown, prefix: string): void {
  rejectsWith(t, fn, (m) => m.startsWith(prefix), `${prefix}…`);
}

function rejectsWith(t: Test, fn: () => unknown, accept: (message: string) => boolean, expected: string): void {
  try {
    fn();
    t.fail(`expected SimConfigError "${expected}", but it parsed`);
  } catch (error) {
    t.ok(error instanceof SimConfigError, `a SimConfigError for "${expected}"`);
    const message = (error as Error).message;
    t.ok(accept(message), `message is "${expected}"; got "${message}"`);
    t.equal((error as SimConfigError).code, 'SIM_CONFIG_INVALID');
  }
}

function withCluster(cluster: object): object {
  return { ...MINIMAL, cluster };
}

function withFaults(faults: unknown, durationS = 20): object {
  return { rate: 10, durationS, faults };
}

t.test('a minimal workload gets every default', async (t) => {
  const config = parseWorkloadConfig(MINIMAL);
  t.same(config, {
    name: 'custom',
    cluster: {
      regions: ['sim'],
      nats: 3,
      nodes: 3,
      gateways: 1,
      registryNodes: 1,
      shards: 32,
      scryptN: 32_768,
      heartbeatMs: 500,
      deadAfterMs: 2_500,
      leaseMs: 3_000,
    },
    population: { orgs: 4, projectsPerOrg: 2, issuesPerProject: 5, usersPerOrg: 4, sessionsPerUser: 1 },
    mix: { login: 1, refresh: 2, readOrg: 10, createProject: 1, moveIssue: 5, readAudit: 2 },
    rate: 10,
    arrival: 'poisson',
    durationS: 5,
    maxOps: 50,
    maxInFlight: 512,
    timeoutMs: 5_000,
    recoveryTimeoutS: 60,
    seed: 1,
    faults: [],
  } satisfies WorkloadConfig);
});

t.test('a partial cluster, population or mix keeps the defaults of the fields left out', async (t) => {
  const config = parseWorkloadConfig({
    ...MINIMAL,
    cluster: { regions: ['eu', 'us'], nodes: 2 },
    population: { orgs: 7 },
    mix: { readOrg: 3 },
  });
  t.same(config.cluster.regions, ['eu', 'us']);
  t.equal(config.cluster.nodes, 2);
  t.equal(config.cluster.nats, 3, 'nats keeps its default');
  t.equal(config.population.orgs, 7);
  t.equal(config.population.usersPerOrg, 4, 'usersPerOrg keeps its default');
  t.same(
    config.mix,
    { login: 0, refresh: 0, readOrg: 3, createProject: 0, moveIssue: 0, readAudit: 0 },
    'an operation left out of a given mix has weight 0',
  );
});

t.test('maxOps defaults to rate × durationS rounded up, and an explicit maxOps is kept', async (t) => {
  t.equal(parseWorkloadConfig({ rate: 0.5, durationS: 3 }).maxOps, 2);
  t.equal(parseWorkloadConfig({ rate: 40, durationS: 60 }).maxOps, 2_400);
  t.equal(parseWorkloadConfig({ rate: 40, durationS: 60, maxOps: 17 }).maxOps, 17);
});

t.test('the error names the place given by the caller', async (t) => {
  rejects(t, { durationS: 5 }, 'my.json.rate: must be a number (it is required)', 'my.json');
});

t.test('an unknown field is refused at its exact path', async (t) => {
  rejectsStarting(
    t,
    () => parseWorkloadConfig({ ...MINIMAL, ratee: 1 }),
    'workload: unknown field ratee (known: name,',
  );
  rejectsStarting(
    t,
    () => parseWorkloadConfig(withCluster({ natz: 3 })),
    'workload.cluster: unknown field natz (known: regions, nats,',
  );
  rejectsStarting(
    t,
    () => parseWorkloadConfig({ ...MINIMAL, population: { org: 3 } }),
    'workload.population: unknown field org',
  );
  rejectsStarting(t, () => parseWorkloadConfig({ ...MINIMAL, mix: { fly: 1 } }), 'workload.mix: unknown field fly');
  rejectsStarting(
    t,
    () => parseWorkloadConfig(withFaults([{ atS: 1, action: 'kill', when: 2 }])),
    'workload.faults[0]: unknown field when',
  );
});

t.test('a value of the wrong type is refused at its exact path', async (t) => {
  rejects(t, [], 'workload: must be an object');
  rejects(t, null, 'workload: must be an object');
  rejects(t, { durationS: 5 }, 'workload.rate: must be a number (it is required)');
  rejects(t, { ...MINIMAL, rate: '10' }, 'workload.rate: must be a number');
  rejects(t, { ...MINIMAL, rate: Number.NaN }, 'workload.rate: must be a number');
  rejects(t, { ...MINIMAL, rate: Number.POSITIVE_INFINITY }, 'workload.rate: must be a number');
  rejects(t, withCluster({ nodes: '3' }), 'workload.cluster.nodes: must be a number');
  rejects(t, { ...MINIMAL, cluster: 'big' }, 'workload.cluster: must be an object');
  rejects(t, withCluster({ regions: 'eu' }), 'workload.cluster.regions: must be an array');
  rejects(t, { ...MINIMAL, mix: { login: true } }, 'workload.mix.login: must be a number');
  rejects(t, { ...MINIMAL, faults: {} }, 'workload.faults: must be an array');
  rejects(t, withFaults(['kill']), 'workload.faults[0]: must be an object');
  rejects(t, { ...MINIMAL, population: { orgs: '4' } }, 'workload.population.orgs: must be a number');
});

t.test('a value out of its range is refused with the range and the value', async (t) => {
  rejects(t, { ...MINIMAL, rate: 0 }, 'workload.rate: must be between 0.1 and 100000, not 0');
  rejects(t, { rate: 10, durationS: 0.5 }, 'workload.durationS: must be between 1 and 86400, not 0.5');
  rejects(t, withCluster({ nats: 6 }), 'workload.cluster.nats: must be between 1 and 5, not 6');
  rejects(t, withCluster({ nodes: 0 }), 'workload.cluster.nodes: must be between 1 and 8, not 0');
  rejects(t, { ...MINIMAL, population: { orgs: 0 } }, 'workload.population.orgs: must be between 1 and 10000, not 0');
  rejects(t, { ...MINIMAL, mix: { login: -1 } }, 'workload.mix.login: must be between 0 and 1000000, not -1');
  rejects(t, { ...MINIMAL, seed: -1 }, 'workload.seed: must be between 0 and 2147483647, not -1');
  rejects(t, { ...MINIMAL, maxInFlight: 0 }, 'workload.maxInFlight: must be between 1 and 100000, not 0');
});

t.test('a fractional count is refused as not a whole number', async (t) => {
  rejects(t, withCluster({ nodes: 2.5 }), 'workload.cluster.nodes: must be a whole number, not 2.5');
  rejects(t, { ...MINIMAL, seed: 1.5 }, 'workload.seed: must be a whole number, not 1.5');
  rejects(t, { ...MINIMAL, maxOps: 9.9 }, 'workload.maxOps: must be a whole number, not 9.9');
  rejects(
    t,
    { ...MINIMAL, population: { sessionsPerUser: 1.25 } },
    'workload.population.sessionsPerUser: must be a whole number, not 1.25',
  );
  t.equal(parseWorkloadConfig({ rate: 2.5, durationS: 1.5 }).maxOps, 4, 'rate and durationS may be fractional');
});

t.test('a mix with no weight above zero is refused', async (t) => {
  rejects(
    t,
    { ...MINIMAL, mix: { login: 0, refresh: 0, readOrg: 0, createProject: 0, moveIssue: 0, readAudit: 0 } },
    'workload.mix: give at least one weight > 0',
  );
  rejects(t, { ...MINIMAL, mix: {} }, 'workload.mix: give at least one weight > 0');
});

t.test('arrival is "poisson" or "uniform" and nothing else', async (t) => {
  t.equal(parseWorkloadConfig({ ...MINIMAL, arrival: 'uniform' }).arrival, 'uniform');
  rejects(t, { ...MINIMAL, arrival: 'burst' }, 'workload.arrival: must be "poisson" or "uniform"');
  rejects(t, { ...MINIMAL, arrival: 1 }, 'workload.arrival: must be "poisson" or "uniform"');
});

t.test('regions are 1 to 4 distinct lowercase names, and "registry" is reserved', async (t) => {
  rejects(t, withCluster({ regions: ['eu', 'eu'] }), 'workload.cluster.regions: a region is named twice');
  rejects(t, withCluster({ regions: ['eu', 'registry'] }), 'workload.cluster.regions: "registry" is reserved');
  rejects(t, withCluster({ regions: [] }), 'workload.cluster.regions: give 1 to 4 regions');
  rejects(t, withCluster({ regions: ['a', 'b', 'c', 'd', 'e'] }), 'workload.cluster.regions: give 1 to 4 regions');
  rejects(t, withCluster({ regions: ['eu', 'US'] }), 'workload.cluster.regions[1]: must be a lowercase name like "eu"');
  rejects(t, withCluster({ regions: [3] }), 'workload.cluster.regions[0]: must be a lowercase name like "eu"');
  t.same(parseWorkloadConfig(withCluster({ regions: ['a', 'b', 'c', 'd'] })).cluster.regions, ['a', 'b', 'c', 'd']);
});

t.test('scryptN must be a power of two', async (t) => {
  rejects(t, withCluster({ scryptN: 3_000 }), 'workload.cluster.scryptN: must be a power of two');
  rejects(t, withCluster({ scryptN: 1_536 }), 'workload.cluster.scryptN: must be a power of two');
  t.equal(parseWorkloadConfig(withCluster({ scryptN: 2_048 })).cluster.scryptN, 2_048);
});

t.test('deadAfterMs must be at least twice heartbeatMs', async (t) => {
  rejects(
    t,
    withCluster({ heartbeatMs: 500, deadAfterMs: 999 }),
    'workload.cluster.deadAfterMs: must be at least twice heartbeatMs',
  );
  rejects(t, withCluster({ heartbeatMs: 2_000 }), 'workload.cluster.deadAfterMs: must be at least twice heartbeatMs');
  t.equal(parseWorkloadConfig(withCluster({ heartbeatMs: 500, deadAfterMs: 1_000 })).cluster.deadAfterMs, 1_000);
});

t.test('faults are parsed with their defaults and checked against the run', async (t) => {
  const config = parseWorkloadConfig(
    withFaults([
      { atS: 1, action: 'kill' },
      { atS: 2, action: 'stop', target: 'sim-n2', forS: 3 },
      { atS: 20, action: 'restart-nats' },
      { atS: 4, action: 'restart-nats', target: 'eu-2', forS: 0 },
    ]),
  );
  t.same(config.faults, [
    { atS: 1, action: 'kill', target: 'node' },
    { atS: 2, action: 'stop', target: 'sim-n2', forS: 3 },
    { atS: 20, action: 'restart-nats', target: 'nats' },
    { atS: 4, action: 'restart-nats', target: 'eu-2', forS: 0 },
  ]);
  t.notOk('forS' in config.faults[0]!, 'a fault without forS has no forS key');
});

t.test('a bad fault is refused at its index and field', async (t) => {
  rejects(
    t,
    withFaults([{ atS: 1, action: 'stop', target: 'node' }]),
    'workload.faults[0].forS: a stop needs forS (when to send SIGCONT)',
  );
  rejects(
    t,
    withFaults([
      { atS: 1, action: 'kill' },
      { atS: 21, action: 'kill' },
    ]),
    'workload.faults[1].atS: must be between 0 and 20, not 21',
  );
  rejects(t, withFaults([{ action: 'kill' }]), 'workload.faults[0].atS: must be a number (it is required)');
  rejects(
    t,
    withFaults([{ atS: 1, action: 'restart-nats', target: 'node' }]),
    'workload.faults[0].target: restart-nats takes "nats" or a server like "sim-1"',
  );
  rejects(
    t,
    withFaults([{ atS: 1, action: 'restart-nats', target: 'sim-' }]),
    'workload.faults[0].target: restart-nats takes "nats" or a server like "sim-1"',
  );
  rejects(
    t,
    withFaults([{ atS: 1, action: 'reboot' }]),
    'workload.faults[0].action: must be one of kill, stop, restart-nats',
  );
  rejects(
    t,
    withFaults([{ atS: 1, action: 'kill', forS: -1 }]),
    'workload.faults[0].forS: must be between 0 and 86400, not -1',
  );
  rejectsStarting(
    t,
    () => parseWorkloadConfig(withFaults([{ atS: 1, action: 'kill', target: 'node n2' }])),
    'workload.faults[0].target: must be text matching',
  );
});

t.test('withOverrides recomputes maxOps from a new rate or duration unless maxOps is given', async (t) => {
  const base = parseWorkloadConfig({ rate: 50, durationS: 20, maxOps: 123 });
  t.equal(withOverrides(base, { rate: 100 }).maxOps, 2_000, 'a new rate: 100/s × 20 s');
  t.equal(withOverrides(base, { durationS: 3 }).maxOps, 150, 'a new duration: 50/s × 3 s');
  t.equal(withOverrides(base, { rate: 100, maxOps: 7 }).maxOps, 7, 'a given maxOps wins');
  t.equal(withOverrides(base, { seed: 9 }).maxOps, 123, 'maxOps stays when neither rate nor duration changes');
  t.equal(withOverrides(base, { seed: 9 }).seed, 9);
});

t.test('withOverrides ignores undefined values and leaves the original config alone', async (t) => {
  const base = parseWorkloadConfig(MINIMAL);
  const copy = structuredClone(base);
  t.same(withOverrides(base, { rate: undefined, maxOps: undefined }), base);
  const changed = withOverrides(base, { rate: 20, arrival: 'uniform' });
  t.equal(changed.rate, 20);
  t.equal(changed.arrival, 'uniform');
  t.same(base, copy, 'the original is unchanged');
});

t.test('withOverrides checks the merged config again', async (t) => {
  const base = parseWorkloadConfig(
    withFaults([
      { atS: 5, action: 'kill' },
      { atS: 15, action: 'kill' },
    ]),
  );
  const refused = (overrides: Record<string, unknown>, message: string) =>
    rejectsWith(
      t,
      () => withOverrides(base, overrides),
      (m) => m === message,
      message,
    );
  refused({ rate: -1 }, 'workload.rate: must be between 0.1 and 100000, not -1');
  refused({ arrival: 'burst' }, 'workload.arrival: must be "poisson" or "uniform"');
  refused({ durationS: 10 }, 'workload.faults[1].atS: must be between 0 and 10, not 15');
  refused({ cluster: { ...base.cluster, nats: 9 } }, 'workload.cluster.nats: must be between 1 and 5, not 9');
  refused({ maxOps: 0 }, 'workload.maxOps: must be between 1 and 100000000, not 0');
  rejectsStarting(t, () => withOverrides(base, { ratee: 5 }), 'workload: unknown field ratee');
});
