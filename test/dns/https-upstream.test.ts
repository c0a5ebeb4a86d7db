/**
 * DNS over HTTPS upstream: Unbound serving DoH (its own CA, a certificate for localhost) answers
 * what the firewall lets through, the certificate checked for the name given; a wrong path or an
 * untrusted certificate fails the query (served stale or SERVFAIL by the resolver), and a gateway
 * configured with an https:// upstream answers dig over plain DNS through it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import type { Question } from 'dns-packet';
import { HttpsUpstream } from '../../gateway/dns/https-upstream.js';
import { upstreamQuery } from '../../gateway/dns/upstream.js';
import { ownCaCertificate } from '../../sim/peers/own-ca.js';
import { startUnbound } from '../../sim/peers/unbound.js';
import { startTestGateway } from '../helpers/gateway.js';

const run = promisify(execFile);
const www: Question = { type: 'A', name: 'www.example', class: 'IN' };

t.test('queries over HTTP/2 to Unbound, checked for the name given', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.10'], { tls: true });
  const upstream = new HttpsUpstream({
    host: unbound.host,
    port: unbound.tls!.httpsPort,
    serverName: 'localhost',
    ca: unbound.tls!.ca,
  });
  t.teardown(() => upstream.close());
  const answers = await Promise.all(
    [1, 2, 3].map((id) => upstream.resolve(upstreamQuery(id, www)).then((reply) => reply)),
  );
  t.same(
    answers.map((reply) => [reply.id, (reply.answers![0] as { data: string }).data]),
    [
      [1, '192.0.2.10'],
      [2, '192.0.2.10'],
      [3, '192.0.2.10'],
    ],
    "three at once on one session, each with the caller's id",
  );
  t.match(upstream.label, /^https:\/\/127\.0\.0\.1:\d+\/dns-query$/);

  const wrongPath = new HttpsUpstream({
    host: unbound.host,
    port: unbound.tls!.httpsPort,
    path: '/elsewhere',
    serverName: 'localhost',
    ca: unbound.tls!.ca,
  });
  t.teardown(() => wrongPath.close());
  await t.rejects(wrongPath.resolve(upstreamQuery(4, www)), /answered HTTP 404/, 'a wrong path is an HTTP error');

  const otherCa = ownCaCertificate({ commonName: 'localhost', dnsNames: ['localhost'], ipAddresses: [] }, 'server');
  const untrusted = new HttpsUpstream({
    host: unbound.host,
    port: unbound.tls!.httpsPort,
    serverName: 'localhost',
    ca: otherCa.ca,
  });
  t.teardown(() => untrusted.close());
  await t.rejects(untrusted.resolve(upstreamQuery(5, www)), /failed/, 'a certificate of an unknown CA is refused');

  const wrongName = new HttpsUpstream({
    host: unbound.host,
    port: unbound.tls!.httpsPort,
    serverName: 'dns.elsewhere.example',
    ca: unbound.tls!.ca,
  });
  t.teardown(() => wrongName.close());
  await t.rejects(wrongName.resolve(upstreamQuery(6, www)), /failed/, 'a certificate for another name is refused');
  const closed = new HttpsUpstream({ host: unbound.host });
  closed.close();
  await t.rejects(closed.resolve(upstreamQuery(7, www)), /closed/);
});

t.test('a gateway with an https:// upstream answers through it', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.20'], { tls: true });
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-doh-upstream-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const caFile = join(dir, 'upstream-ca.pem');
  await writeFile(caFile, unbound.tls!.ca);
  await using gw = await startTestGateway([
    ...['--dns-port', '0', '--dns-lists', '', '--dns-open-networks', '127.0.0.0/8'],
    ...['--dns-upstream', `https://127.0.0.1:${unbound.tls!.httpsPort}/dns-query#localhost`],
    ...['--dns-upstream-ca-file', caFile],
  ]);
  const port = gw.solo.node.endpoints!['dns']!;
  const { stdout } = await run('dig', [
    '@127.0.0.1',
    '-p',
    String(port),
    '+short',
    '+time=5',
    '+tries=1',
    'www.example',
  ]);
  t.equal(stdout.trim(), '192.0.2.20');
});
