/**
 * The DNS firewall answering real clients: `dig` over UDP and TCP against the server, a private
 * Unbound (local zones only) as the upstream. Names resolved, blocked by the lists, blocked behind
 * a first-party CNAME, the browsers' DoH canary, ANY refused, an oversized UDP answer truncated (dig
 * then asks over TCP), answers cached and served stale once the upstream is gone, and 100,000
 * random and mutated packets (noise, cuts, flipped bytes, looping compression pointers, huge counts)
 * that leave it answering.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { promisify } from 'node:util';
import t from 'tap';
import dnsPacket from 'dns-packet';
import { Blocklist } from '../../gateway/dns/blocklist.js';
import { startDnsServer } from '../../gateway/dns/dns-server.js';
import { DnsResolver } from '../../gateway/dns/resolver.js';
import { UdpUpstream } from '../../gateway/dns/upstream.js';
import { startUnbound } from '../../sim/peers/unbound.js';

const run = promisify(execFile);
const PACKETS = 100_000;
const TXT = Array.from(
  { length: 12 },
  (_, i) => `big.example. 300 IN TXT "${String(i).padStart(2, '0')}${'x'.repeat(80)}"`,
);

t.test('dig against the DNS firewall, Unbound upstream', async (t) => {
  await using unbound = await startUnbound(
    ['example.'],
    [
      'www.example. 300 IN A 192.0.2.10',
      'tracker.example. 300 IN A 192.0.2.66',
      'metrics.tracker.example. 300 IN A 192.0.2.67',
      'shop.example. 300 IN CNAME metrics.tracker.example.',
      'cart.example. 300 IN HTTPS 1 metrics.tracker.example. alpn=h2',
      'home.example. 300 IN HTTPS 1 . alpn=h2',
      'news.example. 300 IN CNAME www.example.',
      'brief.example. 1 IN A 192.0.2.20',
      ...TXT,
    ],
  );
  const upstream = new UdpUpstream(unbound.host, unbound.port);
  t.teardown(() => upstream.close());
  const policy = {
    lists: [{ name: 'test', category: 'tracker', list: Blocklist.of('||tracker.example^\n0.0.0.0 ads.example') }],
  } as const;
  const resolver = new DnsResolver(upstream);
  const decisions: string[] = [];
  await using server = await startDnsServer({
    host: '127.0.0.1',
    port: 0,
    answer: async (query) => {
      const resolution = await resolver.resolve(query, policy);
      decisions.push(resolution.decision);
      return resolution;
    },
  });
  const dig = async (...args: string[]) =>
    (await run('dig', ['@127.0.0.1', '-p', String(server.port), '+time=3', '+tries=1', ...args])).stdout;
  const status = (output: string) => /status: (\w+)/.exec(output)?.[1];

  t.equal((await dig('+short', 'www.example', 'A')).trim(), '192.0.2.10', 'resolved over UDP');
  t.equal((await dig('+short', '+tcp', 'www.example', 'A')).trim(), '192.0.2.10', 'and over TCP');
  const cname = await dig('news.example', 'A');
  t.equal(status(cname), 'NOERROR', 'a CNAME to an allowed name is let through');
  t.match(cname, /news\.example\.\s+\d+\s+IN\s+CNAME\s+www\.example\./);
  t.equal(status(await dig('tracker.example', 'A')), 'NXDOMAIN', 'blocked by the list');
  t.equal(status(await dig('a.b.tracker.example', 'AAAA')), 'NXDOMAIN', 'and below it');
  t.equal(status(await dig('shop.example', 'A')), 'NXDOMAIN', 'a tracker behind a first-party CNAME is blocked');
  t.equal(status(await dig('cart.example', 'HTTPS')), 'NXDOMAIN', 'and behind an HTTPS record’s target');
  t.match(
    await dig('home.example', 'HTTPS'),
    /home\.example\.\s+\d+\s+IN\s+HTTPS\s+1 \./,
    'an HTTPS record pointing at itself passes',
  );
  t.equal(status(await dig('use-application-dns.net', 'A')), 'NXDOMAIN', "the browsers' DoH canary");
  t.equal(status(await dig('www.example', 'ANY')), 'REFUSED', 'ANY is refused');
  t.equal(
    status(await dig('dns.google', 'A')),
    'NXDOMAIN',
    'a public DoH resolver, which browsers would bypass us with',
  );
  t.equal(status(await dig('mozilla.cloudflare-dns.com', 'AAAA')), 'NXDOMAIN');
  const truncated = await dig('+ignore', '+noedns', 'big.example', 'TXT');
  t.match(truncated, /flags:[^;]*\btc\b/, 'too large for 512 bytes: truncated');
  t.match(truncated, /ANSWER: 0/);
  const retried = await dig('+short', '+noedns', 'big.example', 'TXT');
  t.equal(retried.trim().split('\n').length, TXT.length, 'dig asks again over TCP and gets it all');
  t.ok(decisions.includes('blocked') && decisions.includes('resolved') && decisions.includes('canary'));

  // A slow upstream: an expired answer is served stale after 1.8 s, and the upstream's answer,
  // when it comes, refreshes the cache.
  t.equal((await dig('+short', 'brief.example', 'A')).trim(), '192.0.2.20');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  unbound.pause();
  decisions.length = 0;
  const slow = await dig('+time=8', 'brief.example', 'A');
  t.match(slow, /brief\.example\.\s+30\s+IN\s+A\s+192\.0\.2\.20/, 'served stale while the upstream is slow');
  unbound.resume();
  t.match(await dig('brief.example', 'A'), /brief\.example\.\s+[01]\s+IN\s+A/, 'fresh again once the upstream answers');
  t.equal(decisions[0], 'stale');

  // The upstream goes away: cached answers still come, and expired ones are served stale.
  t.equal((await dig('+short', 'brief.example', 'A')).trim(), '192.0.2.20');
  await unbound[Symbol.asyncDispose]();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  decisions.length = 0;
  t.equal((await dig('+short', 'www.example', 'A')).trim(), '192.0.2.10', 'a cached answer without the upstream');
  const stale = await dig('+time=8', 'brief.example', 'A');
  t.match(stale, /brief\.example\.\s+30\s+IN\s+A\s+192\.0\.2\.20/, 'an expired answer served stale, TTL 30 s');
  t.same(decisions, ['cached', 'stale']);
  t.equal(status(await dig('+time=8', 'never-asked.example', 'A')), 'SERVFAIL', 'nothing to serve: SERVFAIL');
});

t.test('malformed packets get FORMERR or nothing, and the server keeps answering', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.10']);
  const upstream = new UdpUpstream(unbound.host, unbound.port);
  t.teardown(() => upstream.close());
  const resolver = new DnsResolver(upstream);
  await using server = await startDnsServer({
    host: '127.0.0.1',
    port: 0,
    answer: (query) => resolver.resolve(query, { lists: [] }),
  });
  const socket = createSocket('udp4');
  const replies: Buffer[] = [];
  socket.on('message', (message) => replies.push(message));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const good = dnsPacket.encode({ type: 'query', id: 4242, questions: [{ type: 'A', name: 'www.example' }] });
  const sent: Buffer[] = [];
  for (let i = 0; i < PACKETS; i++) {
    // In bursts, with a breath between: what is measured is harm, not the socket buffer's size.
    if (i % 2000 === 1999) await new Promise((resolve) => setTimeout(resolve, 20));
    const kind = i % 4;
    let packet: Buffer;
    if (kind === 0)
      packet = randomBytes(1 + (i % 600)); // noise
    else if (kind === 1)
      packet = good.subarray(0, i % good.length); // truncated
    else if (kind === 2) {
      packet = Buffer.from(good); // flipped bytes
      for (let j = 0; j < 3; j++) {
        const at = (i * 7 + j * 13) % packet.length;
        packet[at] = packet[at]! ^ 0xff;
      }
    } else {
      packet = Buffer.from(good); // a compression pointer looping to itself, and huge counts
      packet.writeUInt16BE(0xffff, 4);
      packet.writeUInt16BE(0xc00c, 12);
    }
    sent.push(packet);
    socket.send(packet, server.port, '127.0.0.1');
  }
  // Then a good query: its answer proves the server is still whole.
  const until = Date.now() + 30_000;
  let answered: dnsPacket.DecodedPacket | undefined;
  while (answered === undefined && Date.now() < until) {
    socket.send(good, server.port, '127.0.0.1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    answered = replies
      .map((reply) => {
        try {
          return dnsPacket.decode(reply);
        } catch {
          return undefined;
        }
      })
      .find((reply) => reply?.id === 4242 && (reply.answers ?? []).length > 0);
  }
  socket.close();
  t.ok(answered, `a good query is answered after ${PACKETS.toLocaleString('en-US')} bad ones`);
  t.match((answered?.answers ?? [])[0], { type: 'A', data: '192.0.2.10' });
  const formErrors = replies.filter((reply) => reply.length >= 4 && (reply.readUInt16BE(2) & 0xf) === 1).length;
  t.ok(formErrors > 0, `malformed packets with a readable header get FORMERR (${formErrors})`);
  t.ok(
    replies.every((reply) => reply.length <= 512),
    'no answer larger than a plain UDP client takes',
  );
});
