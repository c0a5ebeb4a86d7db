/**
 * The quick start's path with the real `redoubt` command against a real standalone node:
 * `superadmin create --password-file` writes the generated password to a new 0600 file (never over
 * an existing one unless told), and `console login --password-file` logs in with it, refusing a
 * file others can read.
 */
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';
import { runCli } from '../helpers/run-cli.js';

t.test('superadmin create writes its password to a 0600 file that console login reads', async (t) => {
  await using gw = await startTestGateway();
  const data = gw.solo.dataDir;
  const env = { ...process.env, REDOUBT_CONSOLE_FILE: join(gw.solo.dir, 'console.json') };
  const passwordFile = join(gw.solo.dir, 'password.txt');

  const created = await runCli(
    ['superadmin', 'create', '--data', data, '--email', 'root@example.org', '--password-file', passwordFile],
    { env },
  );
  t.equal(created.status, 0, created.stderr);
  const accountId = /created platform superadmin (acc_\S+) \(root@example\.org\)/.exec(created.stdout)?.[1];
  t.ok(accountId, 'the account id is printed');
  t.equal((await stat(passwordFile)).mode & 0o777, 0o600, 'the password file is mode 0600');
  const password = (await readFile(passwordFile, 'utf8')).trimEnd();
  t.ok(password.length >= 24 && !password.includes('\n'), 'one line: a generated password');
  t.notOk(created.stdout.includes(password), 'the password is not printed');
  t.match(created.stdout, `--password-file ${passwordFile}`, 'the next step is printed');

  const again = await runCli(
    ['superadmin', 'create', '--data', data, '--email', 'other@example.org', '--password-file', passwordFile],
    { env },
  );
  t.equal(again.status, 2, 'an existing file is refused');
  t.match(again.stderr, /exists already; remove it, or add --overwrite/);
  t.equal((await readFile(passwordFile, 'utf8')).trimEnd(), password, 'and left as it was');

  const login = await runCli(
    [
      ...['console', 'login', '--email', 'root@example.org', '--password-file', passwordFile],
      ...['--address', gw.address, '--ca', gw.solo.node.caFile!],
    ],
    { env },
  );
  t.equal(login.status, 0, login.stderr);
  t.match(login.stdout, `logged in as ${accountId}`);
  const me = await runCli(['account', 'get-me', '--output', 'json'], { env });
  t.equal(me.status, 0, me.stderr);
  t.match(JSON.parse(me.stdout), { accountId, superadmin: true }, 'the session works');

  // --overwrite replaces a file left readable by others with a new 0600 one.
  const second = join(gw.solo.dir, 'second.txt');
  await writeFile(second, 'stale\n', { mode: 0o644 });
  await chmod(second, 0o644);
  const replaced = await runCli(
    [
      ...['superadmin', 'create', '--data', data, '--email', 'second@example.org'],
      ...['--password-file', second, '--overwrite'],
    ],
    { env },
  );
  t.equal(replaced.status, 0, replaced.stderr);
  t.equal((await stat(second)).mode & 0o777, 0o600, 'the replacement is mode 0600');
  t.not((await readFile(second, 'utf8')).trimEnd(), 'stale', 'and holds the new password');
  const secondLogin = await runCli(
    [
      ...['console', 'login', '--email', 'second@example.org', '--password-file', second],
      ...['--address', gw.address, '--ca', gw.solo.node.caFile!],
    ],
    { env },
  );
  t.equal(secondLogin.status, 0, secondLogin.stderr);

  // A promoted account keeps its password: no file is left that would not open it.
  const promoted = join(gw.solo.dir, 'promoted.txt');
  const promote = await runCli(
    ['superadmin', 'create', '--data', data, '--email', 'root@example.org', '--password-file', promoted],
    { env },
  );
  t.equal(promote.status, 0, promote.stderr);
  t.match(promote.stdout, /its password is unchanged/);
  await t.rejects(stat(promoted), { code: 'ENOENT' }, 'no password file for an account that has one');
});

t.test('console login refuses a password file others can read, and bad combinations', async (t) => {
  await using gw = await startTestGateway();
  const env = { ...process.env, REDOUBT_CONSOLE_FILE: join(gw.solo.dir, 'console.json') };
  const passwordFile = join(gw.solo.dir, 'password.txt');
  const made = await runCli(
    ['superadmin', 'create', '--data', gw.solo.dataDir, '--email', 'root@example.org', '--password-file', passwordFile],
    { env },
  );
  t.equal(made.status, 0, made.stderr);
  await chmod(passwordFile, 0o640);
  const connection = ['--address', gw.address, '--ca', gw.solo.node.caFile!];
  const open = await runCli(
    ['console', 'login', '--email', 'root@example.org', '--password-file', passwordFile, ...connection],
    { env },
  );
  t.equal(open.status, 2, 'a group-readable file is refused');
  t.match(open.stderr, /is open to group or others \(mode 640\): chmod 600 it first/);
  await t.rejects(stat(env.REDOUBT_CONSOLE_FILE), { code: 'ENOENT' }, 'and no session is saved');

  const missing = await runCli(
    [
      'console',
      'login',
      '--email',
      'root@example.org',
      '--password-file',
      join(gw.solo.dir, 'none.txt'),
      ...connection,
    ],
    { env },
  );
  t.equal(missing.status, 2);
  t.match(missing.stderr, /--password-file: cannot read .*none\.txt \(ENOENT\)/);

  const both = await runCli(
    [
      ...['superadmin', 'create', '--data', gw.solo.dataDir, '--email', 'x@example.org'],
      ...['--password-stdin', '--password-file', join(gw.solo.dir, 'x.txt')],
    ],
    { env, stdin: 'a long enough password\n' },
  );
  t.equal(both.status, 2);
  t.match(both.stderr, /give --password-stdin or --password-file, not both/);
  const stray = await runCli(
    ['superadmin', 'create', '--data', gw.solo.dataDir, '--email', 'y@example.org', '--overwrite'],
    {
      env,
    },
  );
  t.equal(stray.status, 2);
  t.match(stray.stderr, /--overwrite goes with --password-file/);
});
