import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const BIN = fileURLToPath(new URL('../../bin/redoubt.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

t.test('every subcommand has --help', async (t) => {
  for (const args of [['--help'], ['help'], ['start', '--help'], ['node', '--help'], ['help', 'node']]) {
    const result = run(...args);
    t.equal(result.status, 0, `${args.join(' ')} exits 0`);
    t.match(result.stdout, /Usage: redoubt/, `${args.join(' ')} prints usage`);
  }
  t.match(run('node', '--help').stdout, /--nats <value>/);
  t.match(run('start', '--help').stdout, /--data <value>/);
  t.match(run('version').stdout, /^\d+\.\d+\.\d+\n$/);
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
    [['node', '--nats', 'http://x'], /not a nats:\/\/host:port URL/],
    [
      ['node', '--nats', 'nats://127.0.0.1:4222', '--heartbeat-ms', '1000', '--dead-after-ms', '1500'],
      /at least twice/,
    ],
  ];
  for (const [args, message] of cases) {
    const result = run(...args);
    t.equal(result.status, 2, `${args.join(' ')} exits 2`);
    t.match(result.stderr, message, `${args.join(' ')} says why`);
  }
});
