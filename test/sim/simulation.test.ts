/**
 * The simulator against a real cluster in two regions (NATS clusters joined by gateways): a short
 * open-loop run with one kill -9 of a shard node, the recovery it measured, the consistency check
 * passing, and the same check failing when a fork or a lost acknowledged write is planted.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import t from 'tap';
import { journalNames, keyScopeIn, StoredNames } from '../../actors/index.js';
import type { EntityId } from '../../actors/index.js';
import { nodeKinds } from '../../nodes/kinds.js';
import { clusterClient } from '../../sim/cluster/cluster-client.js';
import { SimCluster } from '../../sim/cluster/sim-cluster.js';
import type { RunReport } from '../../sim/report/run-report.js';
import { writeReport } from '../../sim/run-simulation.js';
import { Simulation } from '../../sim/simulation.js';
import { preset } from '../../sim/workload/presets.js';
import { withOverrides } from '../../sim/workload/workload-config.js';

t.setTimeout(240_000);

t.test('a two-region run with a kill -9 keeps every acknowledged write, and the check catches a fork', async (t) => {
  const ci = preset('ci')!;
  const config = withOverrides(ci, {
    name: 'two-regions',
    cluster: { ...ci.cluster, regions: ['eu', 'us'], nats: 1 },
    faults: [
      { atS: 3, action: 'kill', target: 'eu-n1', forS: 4 },
      { atS: 7, action: 'stop', target: 'us-n2', forS: 2 },
    ],
  });
  await using cluster = await SimCluster.start({ spec: config.cluster });
  t.same(
    cluster.gateways().map((g) => g.region),
    ['eu', 'us'],
    'a gateway per region',
  );
  const simulation = await Simulation.prepare(cluster, config, () => undefined);
  t.teardown(() => simulation.close());
  t.same(
    simulation.population.orgs.map((o) => o.region),
    ['eu', 'us'],
    'orgs are spread over the regions',
  );

  const phase = await simulation.measure({ rate: config.rate, durationS: config.durationS, faults: config.faults });
  t.equal(phase.faults.length, 2);
  const [kill, stop] = phase.faults;
  t.match(kill, { action: 'kill', target: 'eu-n1' });
  t.ok(kill!.endS! > kill!.atS, 'the node was started again');
  t.ok(kill!.recoveryMs !== null && kill!.recoveryMs > 0, `every entity answered again after ${kill!.recoveryMs} ms`);
  t.equal(kill!.probedEntities, simulation.probe.targets.length);
  t.ok(cluster.process('eu-n1').running, 'the killed node runs again');
  t.match(stop, { action: 'stop', target: 'us-n2' });
  t.ok(stop!.endS! - stop!.atS >= 1.9, 'SIGCONT after 2 s');
  t.ok(stop!.recoveryMs !== null, `a stopped node's entities answer after ${stop!.recoveryMs} ms`);

  const { totals } = phase;
  t.ok(totals.ok > 0.7 * totals.scheduled, `${totals.ok} of ${totals.scheduled} succeeded`);
  const opsOk = Object.values(phase.operations).reduce((n, op) => n + op.ok, 0);
  t.equal(opsOk, totals.ok, 'the operations add up to the total');
  t.equal(
    phase.timeline.reduce((n, p) => n + p.ok, 0),
    totals.ok,
    'the timeline adds up to the total',
  );
  t.ok(phase.timeline.length >= config.durationS, 'a timeline point per second');
  t.ok(totals.latency.p99Ms >= totals.latency.p50Ms && totals.latency.p50Ms > 0);

  const consistency = await simulation.checkConsistency();
  t.same(consistency.problems, [], 'no problem found');
  t.ok(consistency.ok);
  t.ok(consistency.ackedWrites > 0, `${consistency.ackedWrites} acknowledged writes`);
  t.equal(consistency.ackedWritesFound, consistency.ackedWrites, 'every acknowledged write is in a journal');
  t.equal(consistency.auditTrailsVerified, 2, 'both orgs’ audit trails verify');

  const dir = await mkdtemp(join(tmpdir(), 'redoubt-sim-report-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const report: RunReport = {
    version: 1,
    workload: config.name,
    cluster: { regions: ['eu', 'us'], natsPerRegion: 1, nodesPerRegion: 2, gatewaysPerRegion: 1, registryNodes: 1 },
    population: simulation.population.shape(),
    ...phase,
    consistency,
  };
  const files = await writeReport(report, dir);
  t.same(JSON.parse(await readFile(files.jsonFile, 'utf8')), report, 'report.json holds the run');
  const html = await readFile(files.htmlFile, 'utf8');
  t.match(html, 'PASS');
  t.match(html, 'kill');
  t.match(html, 'eu-n1');
  t.equal(html.match(/<svg/g)?.length, 2, 'two charts');

  await t.test('an acknowledged write missing from the journal is named', async (t) => {
    simulation.workload.acked.push({ type: 'createProject', orgId: 'sim-org-1', projectId: 'never-made' });
    const found = await simulation.checkConsistency();
    simulation.workload.acked.pop();
    t.notOk(found.ok);
    t.match(found.problems, [/acknowledged CreateProject sim-org-1\/never-made is not in the journal/]);
  });

  await t.test('a second record at a sequence number (a fork) is named', async (t) => {
    const org = simulation.population.orgs.find((o) => o.region === 'us')!;
    const entity = `issue/${org.orgId}/${org.issues[0]!.projectId}/${org.issues[0]!.number}`;
    await using checker = await clusterClient(cluster.natsUrl('us'), {
      region: 'us',
      shards: cluster.spec.shards,
      replicas: 1,
      certDir: await cluster.registry.issueCertificate('fork-maker'),
    });
    const { nc } = checker;
    // The journal names the issue blinded, with its org's key: an intruder holding that key.
    const names = new StoredNames(
      checker.registry!.keyring,
      keyScopeIn(await nodeKinds({ data: true, registry: false })),
    );
    const { stream, subjectPrefix } = journalNames('us');
    const subject = `${subjectPrefix}.${await names.forRead(entity as EntityId)}`;
    const last = await (await jetstreamManager(nc)).streams.getMessage(stream, { last_by_subj: subject });
    // The same record again, without the expected-sequence header a node always sends.
    await jetstream(nc).publish(subject, last!.data);
    const found = await simulation.checkConsistency();
    t.notOk(found.ok);
    t.match(found.problems.join('\n'), new RegExp(`${entity}: fork: a second record at seq \\d+`));
    t.match(found.problems.join('\n'), 'applied twice');
  });
});
