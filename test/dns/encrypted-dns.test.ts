/**
 * DNS over TLS and DNS over HTTPS against real clients: `kdig` asks the firewall over DoT (with and
 * without a device token in the server name) and over DoH (GET and POST, the token in the path);
 * the firewall forwards to a private Unbound over DoT only. Answers are padded to 468-byte blocks,
 * the client's subnet never comes back, and what is not a DNS query gets a plain HTTP error.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:http2';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import dnsPacket from 'dns-packet';
import type { Asker } from '../../gateway/dns/asker.js';
import { Blocklist } from '../../gateway/dns/blocklist.js';
import { newDeviceToken } from '../../gateway/dns/device-token.js';
import { startDohServer } from '../../gateway/dns/doh-server.js';
import { startDotServer } from '../../gateway/dns/dot-server.js';
import { DnsResolver } from '../../gateway/dns/resolver.js';
import { TlsUpstream } from '../../gateway/dns/tls-upstream.js';
import { ownCaCertificate } from '../../sim/peers/own-ca.js';
import { startUnbound } from '../../sim/peers/unbound.js';

const run = promisify(execFile);

t.test('kdig over DoT and DoH, Unbound over DoT upstream', async (t) => {
  await using unbound = await startUnbound(
    ['example.'],
    ['www.example. 300 IN A 192.0.2.10', 'tracker.example. 300 IN A 192.0.2.66'],
    { tls: true },
  );
  const upstream = new TlsUpstream({
    host: unbound.host,
    port: unbound.tls!.port,
    serverName: 'localhost',
    ca: unbound.tls!.ca,
  });
  t.teardown(() => upstream.close());
  const resolver = new DnsResolver(upstream);
  const policy = {
    lists: [{ name: 'trackers', category: 'tracker', list: Blocklist.of('||tracker.example^') }],
  } as const;
  const askers: Asker[] = [];
  const answer = async (query: Parameters<DnsResolver['resolve']>[0], asker: Asker) => {
    askers.push(asker);
    return resolver.resolve(query, policy);
  };
  const certificate = ownCaCertificate(
    { commonName: 'localhost', dnsNames: ['localhost', '*.dns.localhost'], ipAddresses: ['127.0.0.1'] },
    'server',
  );
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-dot-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const caFile = join(dir, 'ca.pem');
  await writeFile(caFile, certificate.ca);
  await using dot = await startDotServer({
    host: '127.0.0.1',
    port: 0,
    certificate,
    tokenSuffix: 'dns.localhost',
    answer,
  });
  await using doh = await startDohServer({ host: '127.0.0.1', port: 0, certificate, answer });
  const kdig = async (port: number, ...args: string[]) =>
    (
      await run('kdig', [
        '@127.0.0.1',
        '-p',
        String(port),
        `+tls-ca=${caFile}`,
        '+tls-hostname=localhost',
        '+time=5',
        '+retry=0',
        ...args,
      ])
    ).stdout;
  const status = (output: string) => /opcode: QUERY; status: (\w+)/.exec(output)?.[1];
  const received = (output: string) => Number(/Received (\d+) B/.exec(output)?.[1]);

  const token = newDeviceToken();
  const overDot = await kdig(dot.port, '+tls', 'www.example', 'A');
  t.match(overDot, /www\.example\.\s+\d+\s+IN\s+A\s+192\.0\.2\.10/, 'resolved over DoT, through the DoT upstream');
  t.equal(received(overDot) % 468, 0, `padded to a 468-byte block (${received(overDot)} B)`);
  t.match(askers.at(-1), { transport: 'dot', address: '127.0.0.1' });
  t.notOk(askers.at(-1)?.token, 'no token: the network is all that is known');
  await kdig(dot.port, '+tls', `+tls-sni=${token}.dns.localhost`, 'www.example', 'A');
  t.equal(askers.at(-1)?.token, token, 'the token in the DoT server name says which device asks');
  t.equal(status(await kdig(dot.port, '+tls', 'tracker.example', 'A')), 'NXDOMAIN', 'blocked over DoT');

  const overGet = await kdig(doh.port, `+https=/dns-query/${token}`, '+https-get', 'www.example', 'A');
  t.match(overGet, /192\.0\.2\.10/, 'resolved over DoH with GET');
  t.match(askers.at(-1), { transport: 'doh', token });
  const overPost = await kdig(doh.port, '+https=/dns-query', '+subnet=198.51.100.0/24', 'www.example', 'A');
  t.match(overPost, /192\.0\.2\.10/, 'and with POST');
  t.notMatch(overPost, /CLIENT-SUBNET/i, "the client's subnet is not echoed (nor forwarded)");
  t.equal(received(overPost) % 468, 0, 'padded');
  t.notOk(askers.at(-1)?.token);
  t.equal(status(await kdig(doh.port, '+https', 'tracker.example', 'A')), 'NXDOMAIN', 'blocked over DoH');

  const http = (method: string, path: string, headers: Record<string, string> = {}, body?: Buffer) =>
    new Promise<{ status: number; type: string | undefined }>((resolve, reject) => {
      const call = request(
        { host: '127.0.0.1', port: doh.port, method, path, headers, ca: certificate.ca, servername: 'localhost' },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'] }));
        },
      );
      call.on('error', reject);
      call.end(body);
    });
  t.equal((await http('GET', '/elsewhere')).status, 404, 'only /dns-query is served');
  t.equal((await http('GET', '/dns-query')).status, 400, 'a GET without ?dns=');
  t.equal((await http('GET', '/dns-query?dns=***')).status, 400, 'or with one that is not base64url');
  t.equal((await http('GET', '/dns-query/NOT-A-TOKEN?dns=AAAA')).status, 404, 'a path that is no device token');
  t.equal((await http('PUT', '/dns-query')).status, 405);
  t.equal((await http('POST', '/dns-query', { 'content-type': 'text/plain' }, Buffer.from('x'))).status, 415);
  t.equal((await http('GET', '/dns-query?dns=AAAA')).status, 400, 'a scrap of a message');
  t.equal(
    (await http('POST', '/dns-query', { 'content-type': 'application/dns-message' }, Buffer.alloc(70_000))).status,
    413,
  );
  t.match(await kdig(doh.port, '+https', 'www.example', 'A'), /192\.0\.2\.10/, 'still answering after all that');

  const session = connect(`https://127.0.0.1:${doh.port}`, { ca: certificate.ca, servername: 'localhost' });
  t.teardown(() => session.destroy());
  const get = (path: string) =>
    new Promise<{ status: number; cacheControl: string; body: Buffer }>((resolve, reject) => {
      const stream = session.request({ ':path': path });
      const chunks: Buffer[] = [];
      let headers: Record<string, unknown> = {};
      stream.on('response', (got) => (headers = got));
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () =>
        resolve({
          status: Number(headers[':status']),
          cacheControl: String(headers['cache-control']),
          body: Buffer.concat(chunks),
        }),
      );
      stream.on('error', reject);
      stream.end();
    });
  const www = encodeQuery('www.example').toString('base64url');
  await get(`/dns-query?dns=${www}`);
  const cached = await get(`/dns-query?other=1&dns=${www}`);
  const maxAge = Number(/^max-age=(\d+)$/.exec(cached.cacheControl)?.[1]);
  t.ok(maxAge > 0 && maxAge <= 300, `a cached answer may be kept for the TTL it has left (${cached.cacheControl})`);
  t.equal(dnsPacket.decode(cached.body).answers?.length, 1);
  const escaped = www.replace(/^./, (first) => `%${first.charCodeAt(0).toString(16).toUpperCase()}`);
  t.equal((await get(`/dns-query?dns=${escaped}`)).status, 200, 'a percent-escaped parameter is read too');
  const blocked = await get(`/dns-query?dns=${encodeQuery('tracker.example').toString('base64url')}`);
  t.equal(blocked.cacheControl, 'max-age=0', 'a blocked name: nothing to keep');

  // Queries waiting on a stalled upstream, their streams reset by the client before the answers.
  unbound.pause();
  for (let i = 0; i < 20; i++) {
    const query = encodeQuery(`n${i}.example`).toString('base64url');
    const stream = session.request({ ':path': `/dns-query?dns=${query}` });
    stream.on('error', () => undefined);
    stream.end();
    setTimeout(() => stream.close(), 50);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  unbound.resume();
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.match(
    await kdig(doh.port, '+https', 'www.example', 'A'),
    /192\.0\.2\.10/,
    'answers that found their streams reset cost nothing: the server answers on',
  );
});

function encodeQuery(name: string): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id: 0,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: 'A', name }],
  });
}
