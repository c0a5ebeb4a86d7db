/** The first platform superadmin made at `redoubt init`, then logging in through the gateway. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { pino } from 'pino';
import { ApiClient } from '../../gateway/index.js';
import { nodeApi, parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { runCli } from '../helpers/run-cli.js';

t.test('init --superadmin-email makes the first superadmin and prints its password once', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-init-admin-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const data = join(dir, 'data');
  const keyFile = join(dir, 'unseal.key');
  const init = await runCli(['init', '--data', data, '--key-file', keyFile, '--superadmin-email', 'root@example.org']);
  t.equal(init.status, 0, init.stderr);
  const accountId = /platform superadmin (acc_\S+) \(root@example\.org\)/.exec(init.stdout)?.[1];
  const password = /shown this once.*:\n {2}(\S+)/.exec(init.stdout)?.[1];
  t.ok(accountId, 'the account id is printed');
  t.ok(password !== undefined && password.length >= 24, 'a generated password is printed');

  const config = parseNodeConfig('standalone', [
    ...['--data', data, '--key-file', keyFile, '--http-port', '0', '--grpc-port', '0'],
  ])!;
  const node = await startStandalone(config, pino({ level: 'silent' }));
  t.teardown(() => node.close());
  const api = ApiClient.connect(`127.0.0.1:${node.grpcPort!}`, {
    ca: await readFile(node.caFile!),
    protos: nodeApi(),
    serverName: 'localhost',
  });
  t.teardown(() => api.close());
  const tokens = await api.call<{ accountId: string }>('AuthService', 'Login', { email: 'root@example.org', password });
  t.equal(tokens.accountId, accountId, 'the superadmin logs in with the printed password');

  for (const [args, message] of [
    [
      ['init', '--data', join(dir, 'd2'), '--shares', '3', '--superadmin-email', 'root@example.org'],
      /needs a key file, passphrase or TPM/,
    ],
    [
      ['init', '--data', join(dir, 'd3'), '--key-file', join(dir, 'k3'), '--superadmin-email', 'nope'],
      /is not an email address/,
    ],
    [
      ['init', '--nats', 'nats://127.0.0.1:1', '--key-file', join(dir, 'k4'), '--superadmin-email', 'a@b.org'],
      /goes with --data/,
    ],
  ] as const) {
    const refused = await runCli([...args]);
    t.equal(refused.status, 2, `${args.join(' ')} exits 2`);
    t.match(refused.stderr, message);
  }
});
