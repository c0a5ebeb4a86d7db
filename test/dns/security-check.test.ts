/**
 * "Are you secure?": a client starts a check and resolves its probe name. Over DoH with a device
 * token the verdict is secure (naming the device); plain DNS, a recursive resolver asking on the
 * client's behalf (no RD bit), or no query at all are not, each with what to do; a certificate
 * other than the gateway's is an interception. The web page at /secure, in Chromium, shows the
 * verdict for a browser whose names never reach the resolver.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import { startUnbound } from '../../sim/peers/unbound.js';
import { leafCertificate, openChromiumWith } from '../helpers/chromium.js';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';
import { refusal } from '../helpers/refusal.js';

const run = promisify(execFile);

interface Status {
  readonly secure: boolean;
  readonly dns: string;
  readonly transport: string;
  readonly deviceName: string;
  readonly tls: string;
  readonly advice: readonly string[];
  readonly dohUrlTemplate: string;
}

t.test('the verdict follows how the probe name arrives', async (t) => {
  await using unbound = await startUnbound(['example.'], ['www.example. 300 IN A 192.0.2.10']);
  await using gw = await startTestGateway([
    ...['--dns-port', '0', '--dns-doh-port', '0', '--dns-upstream', `127.0.0.1:${unbound.port}`, '--dns-lists', ''],
  ]);
  const endpoints = gw.solo.node.endpoints!;
  const { orgId, accounts } = await setUpRoles(gw);
  const phone = await accounts.member.api.call<{ token: string; dohUrl: string; appleProfile: string }>(
    'DnsService',
    'AddDnsDevice',
    {
      orgId,
      name: 'Ada’s phone',
    },
  );
  t.match(phone.appleProfile, /<string>com\.apple\.dnsSettings\.managed<\/string>/, 'an Apple profile for DoH');
  t.ok(phone.appleProfile.includes(`<string>${phone.dohUrl}</string>`), 'pointing at the device’s DoH URL');
  t.match(phone.appleProfile, /Ada’s phone/);

  const check = () => gw.api.call<{ probeId: string; probeName: string }>('DnsService', 'StartSecurityCheck', {});
  const status = (probeId: string, tlsFingerprint = '') =>
    gw.api.call<Status>('DnsService', 'SecurityStatus', { probeId, tlsFingerprint });
  const dig = (...args: string[]) =>
    run('dig', ['@127.0.0.1', '-p', String(endpoints['dns']), '+time=3', '+tries=1', ...args]);
  const doh = (token: string, name: string) =>
    run('kdig', [
      ...[
        '@127.0.0.1',
        '-p',
        String(endpoints['dns-doh']),
        `+tls-ca=${gw.solo.node.caFile!}`,
        '+tls-hostname=localhost',
      ],
      ...[`+https=/dns-query/${token}`, '+time=5', '+retry=0', name, 'A'],
    ]);

  const unseen = await check();
  t.match(unseen.probeName, /^[0-9a-f]{20}\.check\.dns\.localhost$/);
  t.match(
    await status(unseen.probeId),
    { secure: false, dns: 'unseen', tls: 'unchecked' },
    'nothing asked: another resolver answers',
  );
  t.match((await status(unseen.probeId)).advice[0], /did not ask this resolver/);

  const encrypted = await check();
  await doh(phone.token, encrypted.probeName);
  const leaf = await leafCertificate(endpoints['dns-doh']!, gw.ca);
  const fingerprint = new X509Certificate(leaf).fingerprint256;
  const good = await status(encrypted.probeId, fingerprint);
  t.match(
    good,
    { secure: true, dns: 'org-encrypted', transport: 'doh', deviceName: 'Ada’s phone', tls: 'org' },
    'DoH with a device token: secure',
  );
  t.same(good.advice, []);
  const forged = createHash('sha256').update('another certificate').digest('hex');
  t.match(
    await status(encrypted.probeId, forged),
    { secure: false, tls: 'intercepted' },
    'another certificate on the way: intercepted',
  );

  const plain = await check();
  await dig(plain.probeName, 'A');
  t.match(await status(plain.probeId), { secure: false, dns: 'org-plain', transport: 'udp' });
  t.match((await status(plain.probeId)).advice[0], /plain DNS/);

  const relayed = await check();
  await dig('+norecurse', relayed.probeName, 'A');
  t.match(
    await status(relayed.probeId),
    { secure: false, dns: 'other-resolver' },
    'asked without RD: a recursive resolver in between',
  );

  t.match(await refusal(status('0123456789abcdef0123')), { code: 'NOT_FOUND' }, 'a probe never issued');

  // The page, in a browser whose names never reach the resolver.
  await using browser = await openChromiumWith(['--host-resolver-rules=MAP *.check.dns.localhost 127.0.0.1'], leaf);
  await browser.page.goto(`https://localhost:${endpoints['dns-doh']}/secure`);
  const verdict = browser.page.locator('#verdict');
  await verdict.and(browser.page.locator('[data-dns]')).waitFor({ timeout: 20_000 });
  t.equal(await verdict.getAttribute('data-dns'), 'unseen');
  t.match(await verdict.textContent(), /not secure/);
  t.match(await browser.page.locator('#advice li').first().textContent(), /did not ask this resolver/);
  t.equal(await browser.page.locator('#doh').textContent(), good.dohUrlTemplate, 'and where to point encrypted DNS');
});
