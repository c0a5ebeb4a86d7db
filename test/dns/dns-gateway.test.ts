/**
 * The org's resolver on a gateway, end to end: DnsService through the real gateway sets the org's
 * rules (org, project, group, user, by schedule), devices get tokens, and kdig/dig ask over DoH, DoT and
 * plain DNS: each device gets its own user's filtering, plain DNS is refused from unknown networks
 * and gets the org's filtering from the org's network, a revoked token identifies nobody.
 */
import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import dnsPacket from 'dns-packet';
import { retry } from '../../sim/cluster/index.js';
import { localTime } from '../../gateway/modules/dns/schedule.js';
import { startUnbound } from '../../sim/peers/unbound.js';
import { startTestGateway } from '../helpers/gateway.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { refusal } from '../helpers/refusal.js';

const run = promisify(execFile);
const NAMES = ['www', 'tracker', 'ok.tracker', 'ads', 'social', 'games', 'news'];

interface DeviceToken {
  readonly deviceId: string;
  readonly token: string;
  readonly dohUrl: string;
  readonly dotHostname: string;
}

t.test('per-user filtering by device token, per-org by network', async (t) => {
  await using unbound = await startUnbound(
    ['example.'],
    NAMES.map((name, i) => `${name}.example. 300 IN A 192.0.2.${i + 1}`),
  );
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-dns-lists-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const lists = {
    trackers: ['tracker', '! EasyPrivacy style', '||tracker.example^'],
    ads: ['ads', '0.0.0.0 ads.example'],
    social: ['other', 'social.example'],
    news: ['other', 'news.example'],
  };
  for (const [name, [, ...lines]] of Object.entries(lists)) await writeFile(join(dir, `${name}.txt`), lines.join('\n'));
  await using gw = await startTestGateway([
    ...['--dns-port', '0', '--dns-dot-port', '0', '--dns-doh-port', '0'],
    ...[
      '--dns-upstream',
      `127.0.0.1:${unbound.port}`,
      '--dns-open-networks',
      '192.0.2.0/24',
      '--dns-name',
      'dns.localhost',
    ],
    '--dns-lists',
    Object.entries(lists)
      .map(([name, [category]]) => `${name}:${category}:${join(dir, `${name}.txt`)}`)
      .join(','),
  ]);
  const endpoints = gw.solo.node.endpoints!;
  t.match(endpoints, { dns: Number, 'dns-dot': Number, 'dns-doh': Number }, 'the node says where DNS listens');
  const caFile = gw.solo.node.caFile!;
  const { orgId, accounts } = await setUpRoles(gw);
  const { admin, member, guest } = accounts;

  const settings = await admin.api.call<{ lists: { name: string; domains: number }[] }>('DnsService', 'SetDnsRule', {
    orgId,
    target: 'org',
    rule: { lists: ['trackers', 'ads'], allow: ['ok.tracker.example'] },
  });
  t.same(
    settings.lists.map(({ name, domains }) => [name, domains]),
    [
      ['trackers', 1],
      ['ads', 1],
      ['social', 1],
      ['news', 1],
    ],
    'the lists the resolver offers',
  );
  await admin.api.call('DnsService', 'SetDnsRule', {
    orgId,
    target: `project:${PROJECT}`,
    rule: { block: ['games.example'] },
  });
  await admin.api.call('DnsService', 'SetDnsRule', {
    orgId,
    target: `user:${member.accountId}`,
    rule: { lists: ['social'] },
  });
  const now = localTime(Date.now(), 'UTC').minute;
  await admin.api.call('DnsService', 'SetDnsRule', {
    orgId,
    target: `user:${guest.accountId}`,
    rule: {
      schedules: [
        { lists: ['social'], days: [1, 2, 3, 4, 5, 6, 7], fromMinute: 0, toMinute: 1440, timeZone: 'UTC' },
        // Two hours from now for an hour: not on now.
        {
          lists: ['news'],
          days: [1, 2, 3, 4, 5, 6, 7],
          fromMinute: (now + 120) % 1440,
          toMinute: (now + 180) % 1440,
          timeZone: 'UTC',
        },
      ],
    },
  });

  const unknownList = await refusal(
    admin.api.call('DnsService', 'SetDnsRule', { orgId, target: 'org', rule: { lists: ['nope'] } }),
  );
  t.match(unknownList, { code: 'INVALID_ARGUMENT', reason: 'UNKNOWN_LIST' }, 'a list the resolver does not offer');
  t.match(
    await refusal(member.api.call('DnsService', 'SetDnsRule', { orgId, target: 'org', rule: {} })),
    { code: 'PERMISSION_DENIED' },
    'members do not set rules',
  );
  t.match(
    await refusal(admin.api.call('DnsService', 'SetDnsNetworks', { orgId, networks: ['10.1.2.3/8'] })),
    { code: 'INVALID_ARGUMENT', field: 'networks[0]', reason: 'cidr' },
    'a network with host bits set',
  );

  const memberPhone = await member.api.call<DeviceToken>('DnsService', 'AddDnsDevice', { orgId, name: 'phone' });
  t.match(memberPhone.token, /^[a-z2-7]{26}$/);
  t.equal(memberPhone.dohUrl, `https://dns.localhost:${endpoints['dns-doh']}/dns-query/${memberPhone.token}`);
  t.equal(memberPhone.dotHostname, `${memberPhone.token}.dns.localhost`);
  const guestLaptop = await guest.api.call<DeviceToken>('DnsService', 'AddDnsDevice', { orgId, name: 'laptop' });
  const adminPhone = await admin.api.call<DeviceToken>('DnsService', 'AddDnsDevice', { orgId, name: 'phone' });

  const tls = [`+tls-ca=${caFile}`, '+tls-hostname=localhost', '+time=5', '+retry=0'];
  const status = (output: string) => /opcode: QUERY[;,] status: (\w+)/.exec(output)?.[1];
  const overDoh = async (token: string | undefined, name: string) =>
    status(
      (
        await run('kdig', [
          '@127.0.0.1',
          '-p',
          String(endpoints['dns-doh']),
          ...tls,
          `+https=/dns-query${token === undefined ? '' : `/${token}`}`,
          `${name}.example`,
          'A',
        ])
      ).stdout,
    );
  const overDot = async (token: string, name: string) =>
    status(
      (
        await run('kdig', [
          '@127.0.0.1',
          '-p',
          String(endpoints['dns-dot']),
          ...tls,
          '+tls',
          `+tls-sni=${token}.dns.localhost`,
          `${name}.example`,
          'A',
        ])
      ).stdout,
    );
  const plain = async (name: string) =>
    status(
      (await run('dig', ['@127.0.0.1', '-p', String(endpoints['dns']), '+time=5', '+tries=1', `${name}.example`, 'A']))
        .stdout,
    );
  const seen = async (ask: (name: string) => Promise<string | undefined>) =>
    Object.fromEntries(await Promise.all(NAMES.map(async (name) => [name, await ask(name)] as const)));
  const B = 'NXDOMAIN';
  const R = 'NOERROR';

  t.same(
    await seen((name) => overDoh(memberPhone.token, name)),
    { www: R, tracker: B, 'ok.tracker': R, ads: B, social: B, games: B, news: R },
    "the member's phone over DoH: the org's lists and allow rule, the project's block, the member's own list",
  );
  t.same(
    await seen((name) => overDot(memberPhone.token, name)),
    { www: R, tracker: B, 'ok.tracker': R, ads: B, social: B, games: B, news: R },
    'the same over DoT, the token in the server name',
  );
  t.same(
    await seen((name) => overDoh(guestLaptop.token, name)),
    { www: R, tracker: B, 'ok.tracker': R, ads: B, social: B, games: B, news: R },
    "the guest's laptop: social on by a schedule that is on, news by one that is not",
  );
  t.same(
    await seen((name) => overDoh(adminPhone.token, name)),
    { www: R, tracker: B, 'ok.tracker': R, ads: B, social: R, games: B, news: R },
    "the admin's phone: no rule of their own",
  );
  const grouped = await admin.api.call<{ groups: { group: string; accountIds: string[] }[] }>(
    'DnsService',
    'SetDnsGroup',
    { orgId, group: 'night-shift', accountIds: [admin.accountId] },
  );
  t.same(grouped.groups, [{ group: 'night-shift', accountIds: [admin.accountId] }], "the org's DNS groups");
  await admin.api.call('DnsService', 'SetDnsRule', { orgId, target: 'group:night-shift', rule: { lists: ['news'] } });
  t.same(
    await seen((name) => overDoh(adminPhone.token, name)),
    { www: R, tracker: B, 'ok.tracker': R, ads: B, social: R, games: B, news: B },
    "a group's rule applies to its members",
  );
  t.equal(await overDoh(memberPhone.token, 'news'), R, 'and to nobody else');
  t.match(
    await refusal(admin.api.call('DnsService', 'SetDnsGroup', { orgId, group: 'Night Shift', accountIds: [] })),
    { code: 'INVALID_ARGUMENT', field: 'group' },
    'a group name that is not lower-case letters, digits and dashes',
  );
  t.match(
    await refusal(member.api.call('DnsService', 'SetDnsGroup', { orgId, group: 'mine', accountIds: [] })),
    { code: 'PERMISSION_DENIED' },
    'members do not set groups',
  );
  await admin.api.call('DnsService', 'SetDnsGroup', { orgId, group: 'night-shift', remove: true });
  t.equal(await overDoh(adminPhone.token, 'news'), R, "a removed group's rule applies to nobody");
  t.same(
    await seen((name) => overDoh(undefined, name)),
    { www: R, tracker: B, 'ok.tracker': B, ads: B, social: B, games: R, news: B },
    'no token over DoH: the public, every list',
  );
  t.equal(await plain('www'), 'REFUSED', 'plain DNS from a network of no org is refused (no open resolver)');

  await admin.api.call('DnsService', 'SetDnsNetworks', { orgId, networks: ['127.0.0.0/8'] });
  t.same(
    await seen(plain),
    { www: R, tracker: B, 'ok.tracker': R, ads: B, social: R, games: R, news: R },
    "plain DNS from the org's network: the org's rule",
  );
  await accounts.superadmin.api.call('OrgService', 'CreateOrg', {
    orgId: 'globex',
    name: 'Globex',
    homeRegion: 'local',
    adminAccountId: accounts.outsider.accountId,
  });
  t.match(
    await refusal(
      accounts.outsider.api.call('DnsService', 'SetDnsNetworks', { orgId: 'globex', networks: ['127.0.0.0/24'] }),
    ),
    { code: 'COMMAND_REJECTED', reason: 'NETWORK_TAKEN' },
    "another org cannot claim a network overlapping acme's",
  );
  const listed = await member.api.call<{ devices: { deviceId: string }[] }>('DnsService', 'ListDnsDevices', { orgId });
  t.same(
    listed.devices.map(({ deviceId }) => deviceId),
    [memberPhone.deviceId],
    'a member lists their own devices',
  );
  const everyone = await admin.api.call<{ devices: unknown[] }>('DnsService', 'ListDnsDevices', {
    orgId,
    allMembers: true,
  });
  t.equal(everyone.devices.length, 3, 'an admin lists everyone’s');
  t.match(await refusal(member.api.call('DnsService', 'ListDnsDevices', { orgId, allMembers: true })), {
    code: 'PERMISSION_DENIED',
  });
  t.match(
    await refusal(guest.api.call('DnsService', 'RevokeDnsDevice', { orgId, deviceId: memberPhone.deviceId })),
    { code: 'NOT_FOUND' },
    "a guest cannot revoke the member's device",
  );
  await member.api.call('DnsService', 'RevokeDnsDevice', { orgId, deviceId: memberPhone.deviceId });
  t.equal(await overDoh(memberPhone.token, 'social'), R, 'a revoked token is nobody’s: the network decides again');
  t.equal(await overDoh(memberPhone.token, 'tracker'), B);

  // Without project rules a member's policy is decided without membership lookups: groups too.
  await admin.api.call('DnsService', 'SetDnsRule', { orgId, target: `project:${PROJECT}`, remove: true });
  await admin.api.call('DnsService', 'SetDnsGroup', { orgId, group: 'late', accountIds: [guest.accountId] });
  await admin.api.call('DnsService', 'SetDnsRule', { orgId, target: 'group:late', rule: { block: ['www.example'] } });
  t.same(
    // Asked twice: the first may wait for the settings' read, the second is decided from them at once.
    [
      await overDoh(guestLaptop.token, 'www'),
      await overDoh(guestLaptop.token, 'www'),
      await overDoh(guestLaptop.token, 'games'),
    ],
    [B, B, R],
    "the group's block applies, the removed project's no more",
  );
  t.equal(await overDoh(adminPhone.token, 'www'), R, 'not to someone outside the group');

  const metrics = await (await fetch(`http://127.0.0.1:${gw.solo.node.httpPort}/metrics`)).text();
  const count = (labels: string) =>
    Number(new RegExp(`redoubt_dns_queries_total\\{${labels}\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
  t.ok(count('transport="doh",decision="blocked"') > 0, 'blocked queries are counted by transport');
  t.ok(count('transport="dot",decision="cached"') > 0, 'cache hits too');
  t.ok(count('transport="udp",decision="refused"') > 0, 'and refusals');
  t.match(metrics, /redoubt_dns_answer_seconds_bucket\{le="0\.001",transport="udp"\}/, 'answer times by transport');
});

t.test('a client over its rate is refused, and answered again once it slows down', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.1']);
  await using gw = await startTestGateway([
    ...[
      '--dns-port',
      '0',
      '--dns-upstream',
      `127.0.0.1:${unbound.port}`,
      '--dns-lists',
      '',
      '--dns-rate-per-client',
      '5',
    ],
  ]);
  const port = gw.solo.node.endpoints!['dns']!;
  const socket = createSocket('udp4');
  const codes: number[] = [];
  socket.on('message', (message) => codes.push(message.readUInt16BE(2) & 0xf));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => socket.close());
  const query = (id: number) =>
    dnsPacket.encode({
      type: 'query',
      id,
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: 'A', name: 'www.example' }],
    });
  for (let id = 0; id < 60; id++) socket.send(query(id), port, '127.0.0.1');
  await retry(
    '60 answers',
    async () => {
      if (codes.length < 60) throw new Error(`${codes.length} answers`);
    },
    { timeout: 10_000 },
  );
  const refused = codes.filter((code) => code === 5).length;
  t.ok(refused >= 60 - 20 - 5, `a burst of 4× the rate passes, the rest is REFUSED (${refused} of 60)`);
  t.ok(codes.filter((code) => code === 0).length >= 20, 'the burst is answered');
  await new Promise((resolve) => setTimeout(resolve, 1200));
  codes.length = 0;
  socket.send(query(99), port, '127.0.0.1');
  await retry(
    'an answer',
    async () => {
      if (codes.length === 0) throw new Error('none yet');
    },
    { timeout: 5_000 },
  );
  t.equal(codes[0], 0, 'a second later it is answered again');
});
