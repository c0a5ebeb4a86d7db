import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const BIN = fileURLToPath(new URL('../../bin/redoubt.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

t.test('every subcommand has --help', async (t) => {
  for (const args of [
    ['--help'],
    ['help'],
    ['start', '--help'],
    ['node', '--help'],
    ['help', 'node'],
    ['registry', '--help'],
    ['cert', '--help'],
  ]) {
    const result = run(...args);
    t.equal(result.status, 0, `${args.join(' ')} exits 0`);
    t.match(result.stdout, /Usage: redoubt/, `${args.join(' ')} prints usage`);
  }
  t.match(run('node', '--help').stdout, /--nats <value>/);
  t.match(run('start', '--help').stdout, /--data <value>/);
  t.match(run('version').stdout, /^\d+\.\d+\.\d+\n$/);
  t.match(run('node', '--help').stdout, /--cert-dir <value>/);
  t.notMatch(run('node', '--help').stdout, /--key-file/, 'shard nodes hold no key');
  t.match(run('registry', '--help').stdout, /--key-file <value>/);
  t.notMatch(run('registry', '--help').stdout, /--region/, 'the registry group has its own region');
  t.match(run('cert', '--help').stdout, /Usage: redoubt cert issue/);
});

t.test('bad command lines are refused with exit 2 and a message that says the fix', async (t) => {
  const cases: [string[], RegExp][] = [
    [['launch'], /unknown command "launch"/],
    [['start', '--shards', 'many'], /--shards: "many" must be a whole number/],
    [['start', '--shards', '0'], /--shards: "0" must be a whole number from 1/],
    [['start', '--http-port', '70000'], /--http-port/],
    [['start', '--bogus'], /Unknown option '--bogus'/],
    [['start', '--node-id', 'has space'], /invalid node id/],
    [['start', '--region', 'EU'], /invalid region/],
    [['start', '--passphrase-env', 'REDOUBT_NO_SUCH_VAR'], /REDOUBT_NO_SUCH_VAR: that environment variable is not set/],
    [['node'], /needs --nats URL/],
    [['keygen'], /unknown command "keygen"/],
    [['node', '--nats', 'nats://127.0.0.1:4222'], /a shard or gateway node needs --cert-dir DIR/],
    [['node', '--nats', 'nats://127.0.0.1:4222', '--cert-dir', '/nonexistent'], /--cert-dir: cannot read/],
    [['node', '--nats', 'nats://127.0.0.1:4222', '--key-file', 'k'], /Unknown option '--key-file'/],
    [['registry'], /needs --nats URL/],
    [['registry', '--nats', 'nats://127.0.0.1:4222', '--region', 'eu'], /Unknown option '--region'/],
    [['cert', 'issue'], /--name: give the node id/],
    [['cert', 'issue', '--name', 'n1', '--ip', 'localhost'], /--ip: "localhost" is not an IP address/],
    [['cert', 'issue', '--name', 'n1', '--role', 'admin'], /--role: "admin" is not one of node, server, client/],
    [['cert', 'issue', '--name', 'n1'], /cert issue needs --out DIR/],
    [['cert', 'revoke'], /unknown cert action "revoke"/],
    [['init', '--nats', 'nats://127.0.0.1:1', '--data', 'd', '--key-file', 'k'], /give --data or --nats, not both/],
    [['node', '--nats', 'http://x'], /not a nats:\/\/host:port URL/],
    [
      ['registry', '--nats', 'nats://127.0.0.1:4222', '--heartbeat-ms', '1000', '--dead-after-ms', '1500'],
      /at least twice/,
    ],
    [['start', '--acme-email', 'ops@example.org'], /--acme-email needs --acme-directory/],
    [['start', '--acme-directory', 'http://acme.example.org/dir'], /--acme-directory: .* is not an https:\/\/ URL/],
    [['start', '--acme-directory', 'https://acme.example.org/dir'], /needs --acme-domains/],
    [
      ['start', '--acme-directory', 'https://acme.example.org/dir', '--acme-domains', '*.example.org'],
      /"\*\.example\.org" is not a DNS name/,
    ],
    [
      ['start', '--acme-directory', 'https://acme.example.org/dir', '--acme-domains', 'a.example.org,A.example.org'],
      /a name is listed twice/,
    ],
    [
      [
        'start',
        '--acme-directory',
        'https://a.example.org/d',
        '--acme-domains',
        'a.example.org',
        '--acme-challenge',
        'dns-01',
      ],
      /--acme-challenge: "dns-01" must be http-01 or tls-alpn-01/,
    ],
    [
      [
        'start',
        '--acme-directory',
        'https://a.example.org/d',
        '--acme-domains',
        'a.example.org',
        '--acme-email',
        'ops',
      ],
      /--acme-email: "ops" is not an email address/,
    ],
    [
      [
        'start',
        '--acme-directory',
        'https://a.example.org/d',
        '--acme-domains',
        'a.example.org',
        '--acme-ca-file',
        '/nonexistent',
      ],
      /--acme-ca-file: cannot read \/nonexistent/,
    ],
    [
      [
        'start',
        '--acme-directory',
        'https://a.example.org/d',
        '--acme-domains',
        'a.example.org',
        '--acme-http-port',
        '80000',
      ],
      /--acme-http-port/,
    ],
    [
      ['start', '--sms-webhook', 'https://sms.example.org/send'],
      /--sms-webhook and --sms-webhook-secret-file go together/,
    ],
    [
      ['start', '--sms-webhook', 'http://sms.example.org/send', '--sms-webhook-secret-file', 'f'],
      /--sms-webhook: http:\/\/sms\.example\.org must be https \(http only on loopback\)/,
    ],
    [
      ['start', '--sms-webhook', 'not a url', '--sms-webhook-secret-file', 'f'],
      /--sms-webhook: "not a url" is not a URL/,
    ],
    [['start', '--webauthn-rp-id', 'not a host'], /--webauthn-rp-id must be a host name/],
    [
      ['start', '--web-origin', 'http://localhost:8443'],
      /--web-origin: http:\/\/localhost:8443 must be an origin: https/,
    ],
    [['start', '--web-origin', 'https://localhost/sign-in'], /must be an origin: https:\/\/host\[:port\], no path/],
    [
      ['start', '--webauthn-rp-id', 'id.example.org', '--web-origin', 'https://example.org'],
      /--web-origin: https:\/\/example\.org is not id\.example\.org or under it/,
    ],
    [['start', '--web-origin', ' , '], /--web-origin lists no origin/],
  ];
  for (const [args, message] of cases) {
    const result = run(...args);
    t.equal(result.status, 2, `${args.join(' ')} exits 2`);
    t.match(result.stderr, message, `${args.join(' ')} says why`);
  }
});

t.test('an SMS webhook secret others may read is refused at start, saying how to fix it', async (t) => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'redoubt-sms-secret-'));
  const secret = join(dir, 'secret');
  writeFileSync(secret, 'webhook secret\n', { mode: 0o644 });
  const result = run(
    ...['start', '--data', join(dir, 'd'), '--key-file', join(dir, 'k'), '--http-port', '0', '--grpc-port', '0'],
    ...['--sms-webhook', 'https://sms.example.org/send', '--sms-webhook-secret-file', secret],
  );
  t.equal(result.status, 2);
  t.match(
    result.stderr,
    /--sms-webhook-secret-file: .*secret is open to group or others \(mode 644\): chmod 600 it first/,
  );
  t.notMatch(result.stderr + result.stdout, /webhook secret/, 'the secret itself is never printed');
});

t.test('a node with no NATS to reach waits, then exits 2 saying what to check', async (t) => {
  const { freePort } = await import('../../sim/cluster/index.js');
  const { mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'redoubt-nonats-'));
  const port = await freePort();
  const args = [
    'registry',
    '--nats',
    `nats://127.0.0.1:${port}`,
    '--key-file',
    join(dir, 'k'),
    '--data',
    join(dir, 'd'),
  ];
  const result = run(...args, '--http-port', '0', '--startup-timeout-ms', '1500');
  t.equal(result.status, 2);
  t.match(
    result.stderr,
    /connecting to NATS at nats:\/\/127\.0\.0\.1:\d+ did not succeed within 2 s .*is nats-server running and reachable\?/,
  );
  t.match(result.stdout, /waiting for connecting to NATS/, 'it said it was waiting');
});

t.test('init creates a vault, prints Shamir shares once, and the shares unseal it', async (t) => {
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { FileVaultStore, Vault } = await import('../../registry/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'redoubt-init-'));
  const data = join(dir, 'data');
  const keyFile = join(dir, 'unseal.key');
  const first = run('init', '--data', data, '--key-file', keyFile, '--shares', '5', '--threshold', '3');
  t.equal(first.status, 0, first.stderr);
  t.match(first.stdout, /created vault [0-9a-f]{32}/);
  t.match(first.stdout, /keyfile/);
  t.match(first.stdout, /shamir \(3 of 5 shares\)/);
  const shares = [...first.stdout.matchAll(/rdbt-share1-\S+/g)].map((match) => match[0]);
  t.equal(shares.length, 5);
  t.notOk(readFileSync(join(data, 'vault.json'), 'utf8').includes(shareBody(shares[0]!)), 'shares are not stored');

  const vault = await Vault.open(new FileVaultStore(join(data, 'vault.json')));
  await vault.unseal({ type: 'shamir', shares: [shares[0]!, shares[2]!, shares[4]!] });
  t.equal(vault.sealed, false);
  vault.seal();

  const again = run('init', '--data', data, '--key-file', keyFile);
  t.equal(again.status, 1);
  t.match(again.stderr, /a vault already exists .* \(VAULT_EXISTS\)/);
  const status = run('vault-status', '--data', data);
  t.equal(status.status, 0);
  t.match(JSON.parse(status.stdout), { masterKeyVersions: [1], protectors: [{ type: 'keyfile' }, { type: 'shamir' }] });
});

t.test('init refuses bad options with the fix', async (t) => {
  t.match(run('init', '--data', '/tmp/x-none').stderr, /at least one protector/);
  t.match(run('init', '--threshold', '2').stderr, /--threshold needs --shares/);
  t.match(run('init', '--shares', '300').stderr, /--shares: "300" must be a whole number from 2 to 255/);
  t.match(
    run('init', '--shares', '3', '--threshold', '4').stderr,
    /--threshold: "4" must be a whole number from 2 to 3/,
  );
  t.match(run('init', '--bogus').stderr, /Unknown option '--bogus'; see redoubt init --help/);
  t.match(run('init', '--help').stdout, /Usage: redoubt init \(--data DIR \| --nats URL\)/);
  t.match(run('vault-status', '--data', '/tmp/redoubt-no-such-dir').stderr, /no vault at .*redoubt init/);
});

t.test('a shard node refuses --tpm: it holds no key, the registry does', async (t) => {
  const result = run('node', '--nats', 'nats://127.0.0.1:1', '--tpm', 'device:/dev/tpmrm0', '--http-port', '0');
  t.equal(result.status, 2);
  t.match(result.stderr, /Unknown option '--tpm'/);
});

/** The secret part of a printed share (`rdbt-share1-<vault>-<base64url, may hold '-'>-<checksum>`). */
function shareBody(share: string): string {
  return /^rdbt-share1-[0-9a-f]{8}-([A-Za-z0-9_-]+)-[0-9a-f]{6}$/.exec(share)![1]!;
}
