/**
 * The resolver on a cluster's gateway node: its settings, devices, reports and logs are entities of
 * the cluster, reached over NATS like any other. A member's DoH queries end up in the org's leak
 * report, and no name asked is in the clear in any node's data directory or JetStream store.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
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
