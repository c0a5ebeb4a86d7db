/**
 * The leak report after a scripted day: three people of an org ask the resolver over DoH with
 * their devices. Ada (a member) reaches a tracker and a social network, Bob (a guest) an ad network
 * and a news site, Cy (an admin) only the org's own zone. The admin's report shows Ada and Bob
 * under pseudonyms, with registrable domains, categories and what was blocked, and nothing of Cy;
 * each member sees their own. Names asked are nowhere in the clear in the node's data directory.
 * Raw logs past retention are purged by the sweep even when the org asks nothing more.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { dnsLog, dnsReport } from '../../domain/dns/index.js';
import { startUnbound } from '../../sim/peers/unbound.js';
import { retry } from '../../sim/cluster/index.js';
import { filesContaining } from '../helpers/grep-files.js';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';

const run = promisify(execFile);

interface Report {
  readonly entries: readonly {
    user: string;
    accountId: string;
    deviceName: string;
    domain: string;
    category: string;
    queries: number;
    blocked: number;
  }[];
  readonly users: number;
  readonly queries: number;
  readonly blocked: number;
}

t.test('a day of queries by three people, and who leaked to whom', async (t) => {
  await using unbound = await startUnbound(
    ['example.'],
    ['pixel.tracker.example', 'ads.adnet.example', 'cdn.social.example', 'www.news.example'].map(
      (name, i) => `${name}. 300 IN A 192.0.2.${i + 1}`,
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-leaks-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'trackers.txt'), '||tracker.example^\n');
  await writeFile(join(dir, 'ads.txt'), '0.0.0.0 ads.adnet.example\n');
  await using gw = await startTestGateway([
    ...['--dns-doh-port', '0', '--dns-upstream', `127.0.0.1:${unbound.port}`],
    ...['--dns-lists', `trackers:tracker:${join(dir, 'trackers.txt')},ads:ads:${join(dir, 'ads.txt')}`],
  ]);
  const port = gw.solo.node.endpoints!['dns-doh']!;
  const { orgId, accounts } = await setUpRoles(gw);
  const { member: ada, guest: bob, admin: cy } = accounts;
  await cy.api.call('DnsService', 'SetDnsRule', { orgId, target: 'org', rule: { lists: ['trackers'] } });
  await cy.api.call('DnsService', 'SetDnsZone', {
    orgId,
    zone: 'acme.example',
    records: [
      { name: 'intranet.acme.example', type: 'A', value: '10.0.0.5' },
      { name: 'acme.example', type: 'MX', value: 'mail.acme.example', priority: 5 },
      { name: 'mail.acme.example', type: 'A', value: '10.0.0.6' },
    ],
  });
  const device = async (who: typeof ada, name: string) =>
    (await who.api.call<{ token: string }>('DnsService', 'AddDnsDevice', { orgId, name })).token;
  const [adaPhone, bobLaptop, cyPhone] = [
    await device(ada, 'phone'),
    await device(bob, 'laptop'),
    await device(cy, 'phone'),
  ];
  const ask = async (token: string, name: string, type = 'A') =>
    (
      await run('kdig', [
        ...['@127.0.0.1', '-p', String(port), `+tls-ca=${gw.solo.node.caFile!}`, '+tls-hostname=localhost'],
        ...[`+https=/dns-query/${token}`, '+time=5', '+retry=0', name, type],
      ])
    ).stdout;

  // The day: Ada twice to the tracker and once to the social network, Bob to the ads and the
  // news three times, Cy only to the org's own names.
  for (const name of ['pixel.tracker.example', 'pixel.tracker.example', 'cdn.social.example'])
    await ask(adaPhone, name);
  for (const name of ['ads.adnet.example', 'www.news.example', 'www.news.example', 'www.news.example'])
    await ask(bobLaptop, name);
  t.match(
    await ask(cyPhone, 'intranet.acme.example'),
    /intranet\.acme\.example\.\s+300\s+IN\s+A\s+10\.0\.0\.5/,
    "the org's zone, with authority",
  );
  t.match(await ask(cyPhone, 'acme.example', 'MX'), /Flags: qr aa/, 'authoritative (aa)');
  t.match(await ask(cyPhone, 'nope.acme.example'), /status: NXDOMAIN/, 'a name not in the zone');

  const report = await retry(
    'the leak report shows the day',
    async () => {
      const got = await cy.api.call<Report>('DnsService', 'LeakReport', { orgId });
      if (got.queries < 7) throw new Error(`${got.queries} queries so far`);
      return got;
    },
    { timeout: 30_000 },
  );
  const rows = report.entries.map(({ user, deviceName, domain, category, queries, blocked }) => ({
    who: user.startsWith('member-') ? 'pseudonym' : user,
    deviceName,
    domain,
    category,
    queries,
    blocked,
  }));
  t.same(
    rows,
    [
      { who: 'pseudonym', deviceName: 'laptop', domain: 'news.example', category: 'other', queries: 3, blocked: 0 },
      { who: 'pseudonym', deviceName: 'phone', domain: 'tracker.example', category: 'tracker', queries: 2, blocked: 2 },
      { who: 'pseudonym', deviceName: 'laptop', domain: 'adnet.example', category: 'ads', queries: 1, blocked: 0 },
      { who: 'pseudonym', deviceName: 'phone', domain: 'social.example', category: 'other', queries: 1, blocked: 0 },
    ],
    "the admin's report: registrable domains by category, blocked or not; nothing of Cy's own-zone day",
  );
  t.equal(report.users, 2, 'two people reached third parties');
  const adaName = report.entries.find((entry) => entry.domain === 'tracker.example')!.user;
  t.not(adaName, report.entries.find((entry) => entry.domain === 'news.example')!.user, 'one pseudonym per person');
  t.notOk(
    report.entries.some((entry) => entry.user === ada.accountId || entry.user === bob.accountId),
    'members are not named to the admin',
  );

  const adaOwn = await ada.api.call<Report>('DnsService', 'LeakReport', { orgId });
  t.same(
    adaOwn.entries.map(({ user, domain }) => [user, domain]).sort(),
    [
      [ada.accountId, 'social.example'],
      [ada.accountId, 'tracker.example'],
    ],
    'Ada sees her own, by her account',
  );
  const cyOwn = await cy.api.call<Report>('DnsService', 'LeakReport', { orgId, mine: true });
  t.same(cyOwn.entries, [], 'Cy, who only used the org’s own services, leaked nothing');

  const { hits, scanned } = await filesContaining([gw.solo.dataDir], 'tracker.example');
  const labels = await filesContaining([gw.solo.dataDir], Buffer.from('\x05pixel\x07tracker', 'latin1'));
  t.ok(scanned > 0);
  t.same([...hits, ...labels.hits], [], 'no name asked is in the clear in the data directory');
});

t.test('raw logs past retention are purged for an org that stopped asking; newer days stay', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.1']);
  await using gw = await startTestGateway([
    ...['--dns-port', '0', '--dns-upstream', `127.0.0.1:${unbound.port}`, '--dns-lists', ''],
    ...['--dns-log-retention-days', '7', '--dns-log-sweep-s', '1'],
  ]);
  const { orgId } = await setUpRoles(gw);
  const client = gw.solo.node.client;
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const entry = {
    at: Date.now(),
    subject: 'network',
    device: '',
    name: 'pixel.tracker.example',
    qtype: 'A',
    decision: 'resolved',
  };
  // Two days of an org that asked, then went quiet: one past the retention, one within it.
  for (const daysAgo of [10, 3]) {
    await client.ask(dnsLog, `${orgId}/${day(daysAgo)}`, { type: 'append', entries: [entry] });
    await client.ask(dnsReport, orgId, { type: 'record', day: day(daysAgo), rows: [], logged: true });
  }
  await retry(
    'the old day purged',
    async () => {
      const old = (await client.ask(dnsLog, `${orgId}/${day(10)}`, { type: 'read' })) as { purged: boolean };
      if (!old.purged) throw new Error('not yet');
    },
    { timeout: 20_000 },
  );
  const recent = (await client.ask(dnsLog, `${orgId}/${day(3)}`, { type: 'read' })) as {
    entries: unknown[];
    purged: boolean;
  };
  t.same([recent.purged, recent.entries.length], [false, 1], 'the day within retention is kept');
  const { loggedDays } = (await client.ask(dnsReport, orgId, { type: 'report', fromDay: day(0), toDay: day(0) })) as {
    loggedDays: string[];
  };
  t.same(loggedDays, [day(3)], 'the report no longer lists the purged day');
});
