/**
 * Second factors from the console: enrolling an authenticator prints its otpauth URI as a QR code
 * to scan; a command refused for want of a step-up says so and how, and with `--totp CODE` the
 * console proves the code on its session, keeps the stronger token and runs the command.
 */
import { join } from 'node:path';
import { Readable } from 'node:stream';
import t from 'tap';
import { runConsole } from '../../console/index.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';
import { runCli } from '../helpers/run-cli.js';
import { totpCode as codeAt } from '../helpers/step-up.js';

t.test('enrol an authenticator, and step up with --totp when a command asks', async (t) => {
  await using gw = await startTestGateway();
  await gw.signUpAndLogin('ada@example.org');
  const env = { ...process.env, REDOUBT_CONSOLE_FILE: join(gw.solo.dir, 'console.json') };
  const redoubt = (args: string[], stdin?: string) => runCli(args, { env, ...(stdin === undefined ? {} : { stdin }) });
  const login = () =>
    redoubt(
      ['console', 'login', '--email', 'ada@example.org', '--address', gw.address, '--ca', gw.solo.node.caFile!],
      `${PASSWORD}\n`,
    );
  t.equal((await login()).status, 0);

  const started = await redoubt(['factor', 'start-totp']);
  t.equal(started.status, 0, started.stderr);
  const secret = /secret\s+([A-Z2-7]+)/.exec(started.stdout)?.[1];
  t.ok(secret, 'the secret is printed for apps where it is typed');
  t.match(started.stdout, /otpauth:\/\/totp\/Redoubt:ada%40example\.org/);
  t.match(started.stdout, /Scan with your authenticator app:\n[\s\S]*[█▀▄]/, 'and a QR code of the URI');

  const now = Date.now();
  const confirmed = await redoubt(['factor', 'confirm-totp', '--code', codeAt(secret!, now)]);
  t.equal(confirmed.status, 0, confirmed.stderr);
  t.match(confirmed.stdout, /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/, 'the recovery codes are shown');

  // A new login is AAL1 again: removing the authenticator asks for a step-up.
  t.equal((await login()).status, 0);
  const refused = await redoubt(['factor', 'remove-totp']);
  t.equal(refused.status, 1);
  t.match(refused.stderr, /\[STEP_UP_REQUIRED\]/);
  t.match(refused.stderr, /step up \(level=2;max_age_s=900\): repeat the command with --totp CODE/);

  // On a terminal, the console asks for the factor instead (here a recovery code is typed).
  const recoveryCode = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(confirmed.stdout)![1]!;
  const terminal = Object.assign(Readable.from([`${recoveryCode}\n`]), { isTTY: true });
  let out = '';
  let err = '';
  const prompted = await runConsole(['factor', 'regenerate-recovery-codes'], {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    stdin: terminal,
    env,
  });
  t.equal(prompted, 0, err);
  t.match(err, /Authenticator code \(or a recovery code\) to step up \(level=2;max_age_s=900\): /);
  t.match(out, /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/, 'then the command ran');

  t.equal((await login()).status, 0);
  const removed = await redoubt(['factor', 'remove-totp', '--totp', codeAt(secret!, now + 30_000)]);
  t.equal(removed.status, 0, removed.stderr);
  const listed = await redoubt(['factor', 'list-factors']);
  t.equal(listed.status, 0, listed.stderr);
  t.match(listed.stdout, /totp\s+false/);
  t.match(listed.stdout, /assurance_level\s+2/, 'the console kept the stronger token of its session');
});
