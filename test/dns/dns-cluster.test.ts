/**
 * The resolver on a cluster's gateway node: its settings, devices, reports and logs are entities of
 * the cluster, reached over NATS like any other. A member's DoH queries end up in the org's leak
 * report, and no name asked is in the clear in any node's data directory or JetStream store.
 * Several gateway processes on one host share the DNS ports (SO_REUSEPORT), a core each.
 */
import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import dnsPacket from 'dns-packet';
import { retry } from '../../sim/cluster/index.js';
import { freePort } from '../../sim/cluster/free-port.js';
import { startUnbound } from '../../sim/peers/unbound.js';
import { PASSWORD, startClusterGateway } from '../helpers/cluster-gateway.js';
import { filesContaining } from '../helpers/grep-files.js';
import { signUpVerified } from '../helpers/sign-up.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

const run = promisify(execFile);
const NAMES = ['pixel.tracker.example', 'cdn.social.example'];

t.test('a cluster gateway resolves, reports, and keeps no name in the clear', async (t) => {
  await using unbound = await startUnbound(
    ['example.'],
    NAMES.map((name, i) => `${name}. 300 IN A 192.0.2.${i + 1}`),
  );
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  const dohPort = await freePort();
  await using gw = await startClusterGateway(cluster, 'gw1', [
    ...['--dns-doh-port', String(dohPort), '--dns-upstream', `127.0.0.1:${unbound.port}`, '--dns-lists', ''],
  ]);
  const adminId = await signUpVerified(gw.api, gw.outbox, 'ada@example.org', PASSWORD);
  await gw.root.call('OrgService', 'CreateOrg', {
    orgId: 'acme',
    name: 'Acme',
    homeRegion: REGION,
    adminAccountId: adminId,
  });
  const { accessToken } = await gw.api.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'ada@example.org',
    password: PASSWORD,
  });
  const ada = gw.api.withToken(accessToken);
  const { token } = await ada.call<{ token: string }>('DnsService', 'AddDnsDevice', { orgId: 'acme', name: 'phone' });
  for (const name of NAMES) {
    const { stdout } = await run('kdig', [
      ...['@127.0.0.1', '-p', String(dohPort), `+tls-ca=${join(gw.certDir, 'ca.pem')}`, '+tls-hostname=localhost'],
      ...[`+https=/dns-query/${token}`, '+time=5', '+retry=0', name, 'A'],
    ]);
    t.match(stdout, /status: NOERROR/, `${name} resolved through the cluster gateway`);
  }
  const report = await retry(
    'the leak report has both names',
    async () => {
      const got = await ada.call<{ entries: { domain: string }[] }>('DnsService', 'LeakReport', { orgId: 'acme' });
      if (got.entries.length < 2) throw new Error(`${got.entries.length} entries so far`);
      return got;
    },
    { timeout: 30_000 },
  );
  t.same(report.entries.map(({ domain }) => domain).sort(), ['social.example', 'tracker.example']);
  const dirs = [...cluster.nodes.keys()]
    .map((id) => cluster.dataDir(id))
    .concat(
      cluster.nats.servers.map((server) => server.storeDir),
      gw.dataDir,
    );
  for (const needle of ['tracker.example', 'social.example', token]) {
    const { hits, scanned } = await filesContaining(dirs, needle);
    t.ok(scanned > 0);
    t.same(hits, [], `${needle === token ? 'the device token' : needle} is in no file of any node or JetStream store`);
  }
});

/** Asks `www.example` once from each of `clients` sockets (each its own source port); @returns the answers' rcodes */
async function askFromMany(port: number, clients: number): Promise<number[]> {
  const query = dnsPacket.encode({
    type: 'query',
    id: 7,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: 'A', name: 'www.example' }],
  });
  return Promise.all(
    Array.from({ length: clients }, async () => {
      const socket = createSocket('udp4');
      try {
        await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
        return await retry(
          'an answer',
          () =>
            new Promise<number>((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error('no answer in 2 s')), 2000);
              socket.once('message', (message) => {
                clearTimeout(timer);
                resolve(message.readUInt16BE(2) & 0xf);
              });
              socket.send(query, port, '127.0.0.1');
            }),
          { timeout: 15_000 },
        );
      } finally {
        socket.close();
      }
    }),
  );
}

/** UDP queries a gateway answered, from its /metrics. */
async function udpQueries(metrics: string): Promise<number> {
  return [...metrics.matchAll(/^redoubt_dns_queries_total\{transport="udp",[^}]*\} (\d+)$/gm)].reduce(
    (total, match) => total + Number(match[1]),
    0,
  );
}

t.test('two gateway processes share the DNS port, one core each; either answers alone', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.7']);
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  const port = await freePort();
  const args = [
    ...['--dns-port', String(port), '--dns-share-ports'],
    ...['--dns-upstream', `127.0.0.1:${unbound.port}`, '--dns-lists', ''],
  ];
  await using gw1 = await startClusterGateway(cluster, 'gw1', args);
  await using gw2 = await startClusterGateway(cluster, 'gw2', args);
  const codes = await askFromMany(port, 40);
  t.same(new Set(codes), new Set([0]), '40 clients answered NOERROR on the one port');
  const counts = [await udpQueries(await gw1.node.metrics()), await udpQueries(await gw2.node.metrics())];
  t.ok(
    counts.every((count) => count > 0),
    `the kernel spread the clients over both processes (${counts.join(' and ')})`,
  );
  await gw1.node.stop();
  t.same(new Set(await askFromMany(port, 10)), new Set([0]), 'with one process gone, the other answers every client');
});
