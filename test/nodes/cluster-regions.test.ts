/**
 * Two regions (eu, us), each a NATS cluster with its own shard nodes and gateway, joined by NATS
 * gateways; the registry in eu. A user homed in eu works in an eu org through the us gateway, and
 * nothing of theirs is stored in us. Cut apart, each region keeps serving its own orgs, and a call
 * that needs the other region fails at once with REGION_UNREACHABLE.
 */
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import t from 'tap';
import { entityId, entityToken, keyScopeIn, movedRegionOf, shardOf, StoredNames } from '../../actors/index.js';
import { nodeKinds } from '../../nodes/kinds.js';
import { clusterClient } from '../../sim/cluster/cluster-client.js';
import { ApiClient, OutboxDirectory } from '../../gateway/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { nodeApi } from '../../nodes/index.js';
import { SimCluster } from '../../sim/cluster/sim-cluster.js';
import type { GatewayEndpoint } from '../../sim/cluster/sim-cluster.js';
import { preset } from '../../sim/workload/presets.js';
import { withOverrides } from '../../sim/workload/workload-config.js';
import { org } from '../../domain/index.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { filesContaining } from '../helpers/grep-files.js';
import { regionJournal } from '../helpers/region-journal.js';
import { signUpVerified } from '../helpers/sign-up.js';

t.setTimeout(300_000);

const PASSWORD = 'correct horse battery staple';
/** Named so that a grep of the us disks for it cannot match anything else. */
const EU_ORG = 'eu-marker-7f3a';
const US_ORG = 'us-home-org';

interface Edge {
  readonly api: ApiClient;
  readonly outbox: OutboxDirectory;
}

function edge(cluster: SimCluster, gateway: GatewayEndpoint): Edge {
  return {
    api: ApiClient.connect(gateway.address, { ca: cluster.ca, protos: nodeApi(), serverName: 'localhost' }),
    outbox: new OutboxDirectory(join(gateway.dataDir, 'outbox')),
  };
}

async function login(api: ApiClient, email: string): Promise<{ client: ApiClient; refreshToken: string }> {
  const { accessToken, refreshToken } = await api.call<{ accessToken: string; refreshToken: string }>(
    'AuthService',
    'Login',
    { email, password: PASSWORD },
  );
  return { client: api.withToken(accessToken), refreshToken };
}

/** A region's journal, read from outside through its own nats-server, with a checker's keys. */
async function regionJournalOf(cluster: SimCluster, region: string) {
  const checker = await clusterClient(cluster.natsUrl(region), {
    region,
    shards: cluster.spec.shards,
    replicas: 1,
    certDir: await cluster.registry.issueCertificate(`journal-${region}`),
  });
  const journal = await regionJournal(checker.nc, region, checker.registry!.keyring);
  return { journal, [Symbol.asyncDispose]: () => checker[Symbol.asyncDispose]() };
}

/**
 * Makes issues in the us org's project until both us nodes own one of the org's entities.
 * @returns the numbers of the issues made
 */
async function usOrgOnEveryUsNode(cluster: SimCluster, bob: ApiClient): Promise<number[]> {
  await using us = await clusterClient(cluster.natsUrl('us'), {
    region: 'us',
    shards: cluster.spec.shards,
    replicas: 1,
  });
  const ownerOf = (kind: string, id: string) =>
    us.directory.ownerOf(shardOf(entityId(kind, id), us.directory.shardCount));
  const owners = new Set([ownerOf('org', US_ORG), ownerOf('project', `${US_ORG}/app`)]);
  const made: number[] = [];
  while (owners.size < cluster.names('node').filter((name) => name.startsWith('us-')).length) {
    if (made.length === 40) throw new Error('40 issues all landed on one node');
    const { number } = await bob.call<{ number: number }>('IssueService', 'CreateIssue', {
      orgId: US_ORG,
      projectId: 'app',
      title: `Warm ${made.length + 1}`,
    });
    made.push(number);
    owners.add(ownerOf('issue', `${US_ORG}/app/${number}`));
  }
  return made;
}

t.test('a gateway serves orgs and accounts of every region, each kept in its home region', async (t) => {
  const spec = withOverrides(preset('ci')!, {
    cluster: { ...preset('ci')!.cluster, regions: ['eu', 'us'], nats: 1, nodes: 2, gateways: 1 },
  }).cluster;
  await using cluster = await SimCluster.start({ spec });
  const euGateway = cluster.gateways('eu')[0]!;
  const usGateway = cluster.gateways('us')[0]!;
  const eu = edge(cluster, euGateway);
  const us = edge(cluster, usGateway);
  t.teardown(() => {
    eu.api.close();
    us.api.close();
  });

  await callAdmin(euGateway.dataDir, {
    op: 'create-superadmin',
    email: 'root@example.org',
    displayName: 'Root',
    password: PASSWORD,
  });
  const alice = await signUpVerified(eu.api, eu.outbox, 'alice@example.org', PASSWORD);
  const bob = await signUpVerified(us.api, us.outbox, 'bob@example.org', PASSWORD);
  const root = (await login(eu.api, 'root@example.org')).client;
  await root.call('OrgService', 'CreateOrg', {
    orgId: EU_ORG,
    name: 'Eu Org',
    homeRegion: 'eu',
    adminAccountId: alice,
  });
  // Made through the eu gateway and homed in us: the gateway routes each step there.
  await root.call('OrgService', 'CreateOrg', { orgId: US_ORG, name: 'Us Org', homeRegion: 'us', adminAccountId: bob });

  const { client: aliceUs, refreshToken } = await login(us.api, 'alice@example.org');
  const aliceSession = /^rt1\.([^.]+)\./.exec(refreshToken)![1]!;
  t.match(aliceSession, /~eu$/, "the session lives in the account's home region, and its id says so");
  await t.test('a user homed in eu logs in and works in an eu org through the us gateway', async (t) => {
    t.match(await aliceUs.call('OrgService', 'GetOrg', { orgId: EU_ORG }), { orgId: EU_ORG, homeRegion: 'eu' });
    await aliceUs.call('ProjectService', 'CreateProject', { orgId: EU_ORG, projectId: 'web', name: 'Website' });
    await aliceUs.call('IssueService', 'CreateIssue', { orgId: EU_ORG, projectId: 'web', title: 'Ship it' });
    await aliceUs.call('IssueService', 'MoveIssue', { orgId: EU_ORG, projectId: 'web', number: 1, column: 'done' });
    const aliceEu = (await login(eu.api, 'alice@example.org')).client;
    t.match(
      await aliceEu.call('IssueService', 'ListIssues', { orgId: EU_ORG, projectId: 'web' }),
      { issues: [{ number: 1, title: 'Ship it', column: 'done' }] },
      'the eu gateway sees what was done through the us one: one copy, in eu',
    );
    const refreshed = await us.api.call<{ accessToken: string }>('AuthService', 'Refresh', { refreshToken });
    t.ok(refreshed.accessToken, 'the session, kept in eu, refreshes through the us gateway');
  });

  await t.test('no eu record is in the us stores, and no us record in the eu ones', async (t) => {
    const regionDirs = (region: string) => [
      ...[...cluster.natsServers()].filter(([name]) => name.startsWith(`${region}-`)).map(([, s]) => s.storeDir),
      ...cluster
        .names('node')
        .filter((name) => name.startsWith(`${region}-`))
        .map((name) => join(cluster.dir, name)),
      ...cluster.gateways(region).map((g) => g.dataDir),
    ];
    const token = (kind: string, id: string) => entityToken(entityId(kind, id));
    // What the stores hold instead of ids: names blinded with each org's (or the platform's) key.
    await using checker = await clusterClient(cluster.natsUrl('eu'), {
      region: 'eu',
      shards: cluster.spec.shards,
      replicas: 1,
      certDir: await cluster.registry.issueCertificate('names-checker'),
    });
    const names = new StoredNames(
      checker.registry!.keyring,
      keyScopeIn(await nodeKinds({ data: true, registry: false })),
    );
    const blinded = async (kind: string, id: string) => (await names.forRead(entityId(kind, id)))!;
    const euEntities = {
      'the eu org': ['org', EU_ORG],
      'its project': ['project', `${EU_ORG}/web`],
      'its issue': ['issue', `${EU_ORG}/web/1`],
      'its audit trail': ['audit', EU_ORG],
      "alice's account": ['account', alice],
      "alice's session": ['session', aliceSession],
    } as const;
    const positive = await filesContaining(regionDirs('eu'), await blinded('org', EU_ORG));
    t.ok(positive.hits.length > 0, 'the search finds the eu org’s blinded name in the eu stores (so it can find it)');
    for (const [what, [kind, id]] of Object.entries(euEntities)) {
      const { hits, scanned } = await filesContaining(regionDirs('us'), await blinded(kind, id));
      t.same(hits, [], `${what} is in none of the ${scanned} files of the us stores`);
    }
    // Names are blinded at rest: neither an id nor the token it used to be stored as is anywhere.
    const everyDir = [...regionDirs('eu'), ...regionDirs('us'), cluster.registry.dataDir('r1')];
    const plain = Object.fromEntries(
      Object.entries(euEntities).map(([what, [kind, id]]) => [`${what} as a plain token`, token(kind, id)]),
    );
    for (const [what, needle] of Object.entries({ ...plain, 'the org marker': EU_ORG, 'the account id': alice })) {
      const { hits, scanned } = await filesContaining(everyDir, needle);
      // The gateways' mail outbox holds the mails sent out (a verification link names the account): mail, not a store.
      const stored = hits.filter((path) => !path.split(sep).includes('outbox'));
      t.same(stored, [], `${what} is in none of the ${scanned} files of any store`);
    }
    // The email index is keyed: a known address's plain SHA-256 leads nowhere, in any region.
    for (const email of ['alice@example.org', 'bob@example.org']) {
      const sha256 = createHash('sha256').update(email).digest();
      const hex = sha256.toString('hex');
      // As bytes, as text, and as the journal subject an index entry keyed by it would have.
      const forms = [hex, sha256.toString('base64url'), sha256.toString('base64'), token('email', hex)];
      for (const form of forms) {
        const { hits, scanned } = await filesContaining(everyDir, form);
        t.same(hits, [], `the SHA-256 of ${email} (${form.slice(0, 8)}…) is in none of the ${scanned} files`);
      }
    }
    for (const [what, [kind, id]] of Object.entries({
      'the us org': ['org', US_ORG],
      "bob's account": ['account', bob],
    } as const)) {
      const { hits } = await filesContaining(regionDirs('eu'), await blinded(kind, id));
      t.same(hits, [], `${what} is in none of the eu stores`);
    }
  });

  await t.test('cut apart, each region serves its own orgs; calls across fail fast', async (t) => {
    const { client: bobUs } = await login(us.api, 'bob@example.org');
    // The us gateway learns where the us org lives while the registry (in eu) can be reached.
    await bobUs.call('OrgService', 'GetOrg', { orgId: US_ORG });
    const aliceEu = (await login(eu.api, 'alice@example.org')).client;
    // A node fetches an org's keys from the registry (in eu) when it first serves one of the org's
    // entities: have both us nodes serve some before the cut, so that a new issue can land on either.
    await bobUs.call('ProjectService', 'CreateProject', { orgId: US_ORG, projectId: 'app', name: 'App' });
    const warmIssues = await usOrgOnEveryUsNode(cluster, bobUs);
    cluster.cutRegionLinks();
    t.teardown(() => cluster.mendRegionLinks());

    const started = Date.now();
    const refused = await aliceUs.call('OrgService', 'GetOrg', { orgId: EU_ORG }).catch((error: unknown) => error);
    const elapsed = Date.now() - started;
    t.match(
      refused,
      { status: 14, code: 'UNAVAILABLE', reason: 'REGION_UNREACHABLE' },
      'UNAVAILABLE, REGION_UNREACHABLE',
    );
    // The bound that matters is "not the call's 30 s deadline"; on an idle machine it is a few ms
    // (the link is known down) to ~0.7 s (a probe waits 400 ms after a 300 ms silence).
    t.ok(elapsed < 5000, `refused after ${elapsed} ms`);
    t.comment(`cross-region call refused after ${elapsed} ms`);

    await bobUs.call('IssueService', 'CreateIssue', { orgId: US_ORG, projectId: 'app', title: 'Local work' });
    t.match(
      await bobUs.call('IssueService', 'ListIssues', { orgId: US_ORG, projectId: 'app' }),
      { issues: [...warmIssues.map((number) => ({ number })), { number: warmIssues.length + 1, title: 'Local work' }] },
      'the us org keeps working through the us gateway',
    );
    await aliceEu.call('IssueService', 'CreateIssue', { orgId: EU_ORG, projectId: 'web', title: 'Still here' });
    t.match(
      await aliceEu.call('IssueService', 'ListIssues', { orgId: EU_ORG, projectId: 'web' }),
      { issues: [{ number: 1 }, { number: 2, title: 'Still here' }] },
      'the eu org keeps working through the eu gateway',
    );

    cluster.mendRegionLinks();
    let back: unknown;
    for (let attempt = 0; attempt < 300; attempt++) {
      back = await aliceUs.call('OrgService', 'GetOrg', { orgId: EU_ORG }).catch((error: unknown) => error);
      if (!(back instanceof Error)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    t.match(back, { orgId: EU_ORG }, 'mended, the us gateway reaches the eu org again');
  });

  await t.test('moving the eu org to us: copied, verified, switched, then shredded in eu', async (t) => {
    const aliceEu = (await login(eu.api, 'alice@example.org')).client;
    const before = await aliceUs.call('IssueService', 'ListIssues', { orgId: EU_ORG, projectId: 'web' });
    await auditTrailOnce(aliceEu, EU_ORG, (records) => records.length >= 5);
    const registryDir = cluster.registry.dataDir('r1');
    const phases = new Set<string>();
    const report = await callAdmin(registryDir, { op: 'org-move', org: EU_ORG, to: 'us' }, (update) =>
      phases.add((update as { phase: string }).phase),
    );
    t.match(report, { org: EU_ORG, from: 'eu', to: 'us', moved: true });
    const { entities, records, erased } = report as { entities: number; records: number; erased: number };
    t.ok(entities >= 5 && records >= entities && erased >= records, `${entities} entities, ${records} records`);
    t.same([...phases], ['copy', 'switch', 'shred'], 'progress told each phase');

    t.match(await aliceUs.call('OrgService', 'GetOrg', { orgId: EU_ORG }), { homeRegion: 'us' });
    t.same(
      await aliceUs.call('IssueService', 'ListIssues', { orgId: EU_ORG, projectId: 'web' }),
      before,
      'the issues read the same from their new region',
    );
    // Through the eu gateway too, whose cached home was dropped by the announcement (or by the marker).
    await aliceEu.call('IssueService', 'CreateIssue', { orgId: EU_ORG, projectId: 'web', title: 'After the move' });
    t.match(await aliceUs.call('AuditService', 'Verify', { orgId: EU_ORG }), { ok: true, problems: [] });

    await using euJournal = await regionJournalOf(cluster, 'eu');
    await using usJournal = await regionJournalOf(cluster, 'us');
    const issue = entityId('issue', `${EU_ORG}/web/1`);
    const left = [];
    for await (const record of euJournal.journal.readAfter(issue, 0)) left.push(record);
    t.same(
      left.map((record) => movedRegionOf(record)),
      ['us'],
      'in eu, only the marker that sends callers to us is left',
    );
    const moved = [];
    for await (const record of usJournal.journal.readAfter(issue, 0)) moved.push(record);
    t.ok(moved.length >= 2 && moved.every((record) => movedRegionOf(record) === undefined), 'in us, its records');

    // A caller that still routes to eu (no directory) is told where the org went.
    await using euClient = await clusterClient(cluster.natsUrl('eu'), {
      region: 'eu',
      shards: cluster.spec.shards,
      replicas: 1,
      certDir: await cluster.registry.issueCertificate('checker'),
    });
    t.match(
      await euClient.client.ask(org, EU_ORG, { type: 'get' }).catch((error: unknown) => error),
      { code: 'UNAVAILABLE', details: { reason: 'ENTITY_MOVED', region: 'us' } },
      'the old region answers ENTITY_MOVED, naming us; never an empty org',
    );

    t.match(
      await callAdmin(registryDir, { op: 'org-move', org: EU_ORG, to: 'us' }),
      { moved: false },
      'moving it again where it is does nothing',
    );
    t.match(
      await callAdmin(registryDir, { op: 'org-move', org: EU_ORG, to: 'us', from: 'eu' }),
      { moved: false, records: 0, erased: 0 },
      'a move resumed after it finished finds nothing left to copy or erase',
    );

    // And back: the markers the first move left in eu give way to the org's records.
    const inUs = await aliceUs.call('IssueService', 'ListIssues', { orgId: EU_ORG, projectId: 'web' });
    t.match(await callAdmin(registryDir, { op: 'org-move', org: EU_ORG, to: 'eu' }), {
      from: 'us',
      to: 'eu',
      moved: true,
    });
    t.match(await aliceUs.call('OrgService', 'GetOrg', { orgId: EU_ORG }), { homeRegion: 'eu' });
    t.same(
      await aliceUs.call('IssueService', 'ListIssues', { orgId: EU_ORG, projectId: 'web' }),
      inUs,
      'moved back, the issues read the same',
    );
    await aliceEu.call('IssueService', 'CreateIssue', { orgId: EU_ORG, projectId: 'web', title: 'Home again' });
    t.match(await aliceEu.call('AuditService', 'Verify', { orgId: EU_ORG }), { ok: true, problems: [] });
  });
});
