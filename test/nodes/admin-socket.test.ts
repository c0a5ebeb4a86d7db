import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import t from 'tap';
import type { Test } from 'tap';
import { ledger } from '../../domain/index.js';
import { nodeApi, parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { adminSocketPath } from '../../nodes/admin/admin-server.js';
import { runCli } from '../helpers/run-cli.js';

const log = pino({ level: process.env.REDOUBT_TEST_LOG ?? 'silent' });

async function tempDir(t: Test): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-admin-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function startNode(dataDir: string, extra: string[] = []) {
  const config = parseNodeConfig('standalone', [
    '--data',
    dataDir,
    '--http-port',
    '0',
    '--grpc-port',
    '0',
    '--node-id',
    'solo',
    ...extra,
  ]);
  return startStandalone(config!, log);
}

async function health(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Sends raw bytes to the admin socket and returns the lines it answers. */
function rawAdmin(dataDir: string, bytes: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(adminSocketPath(dataDir));
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.once('error', reject);
    socket.once('close', () => resolve(text.split('\n').filter((line) => line.length > 0)));
    socket.end(bytes);
  });
}

t.test('a Shamir-only vault starts sealed and unseals one key holder at a time', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'data');
  const init = await runCli(['init', '--data', dataDir, '--shares', '3', '--threshold', '2']);
  t.equal(init.status, 0, init.stderr);
  const shares = [...init.stdout.matchAll(/rdbt-share1-\S+/g)].map((match) => match[0]);
  t.equal(shares.length, 3, 'init printed three shares');
  const other = await runCli(['init', '--data', join(dir, 'other'), '--shares', '2', '--threshold', '2']);
  const foreign = [...other.stdout.matchAll(/rdbt-share1-\S+/g)].map((match) => match[0]);

  const node = await startNode(dataDir);
  t.teardown(() => node.close());
  t.match(await health(node.httpPort), { status: 503, body: { sealed: true, ready: false } }, 'not ready while sealed');
  await t.rejects(node.client.ask(ledger, 'acme/books', { type: 'append', amount: 1 }), { code: 'VAULT_SEALED' });
  const status = await runCli(['status', '--data', dataDir]);
  t.match(JSON.parse(status.stdout), { vault: { sealed: true, sharesGiven: 0 } });

  const first = await runCli(['unseal', '--data', dataDir, '--share'], { stdin: `${shares[0]}\n` });
  t.equal(first.status, 0, first.stderr);
  t.match(first.stdout, /still sealed: 1 of 2 shares given/);
  const wrong = await runCli(['unseal', '--data', dataDir, '--share'], { stdin: `${foreign[0]}\n` });
  t.equal(wrong.status, 1);
  t.match(wrong.stderr, /UNSEAL_FAILED/, 'a share of another vault is refused by name');
  t.notMatch(wrong.stderr, foreign[0]!.slice(20), 'the refused share is not echoed back');
  const second = await runCli(['unseal', '--data', dataDir, '--share'], { stdin: `${shares[2]}\n` });
  t.match(second.stdout, /^unsealed/);
  t.match(await health(node.httpPort), { status: 200, body: { sealed: false } });
  t.match(await node.client.ask(ledger, 'acme/books', { type: 'append', amount: 4 }), { total: 4 });

  const sealed = await runCli(['seal', '--data', dataDir]);
  t.equal(sealed.status, 0, sealed.stderr);
  await t.rejects(
    node.client.ask(ledger, 'acme/books', { type: 'read' }),
    { code: 'VAULT_SEALED' },
    'no state left in memory',
  );
  const both = await runCli(['unseal', '--data', dataDir, '--share'], { stdin: `${shares[1]}\n${shares[0]}\n` });
  t.match(both.stdout, /^unsealed/, 'two shares in one go unseal too');
  t.match(await node.client.ask(ledger, 'acme/books', { type: 'read' }), { total: 4 });
});

t.test('--sealed waits for the operator; a wrong key file is refused and the right one unseals', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'data');
  const keyFile = join(dir, 'master.key');
  t.equal((await runCli(['init', '--data', dataDir, '--key-file', keyFile])).status, 0);
  const node = await startNode(dataDir, ['--sealed']);
  t.teardown(() => node.close());
  await t.rejects(node.client.ask(ledger, 'acme/books', { type: 'append', amount: 1 }), { code: 'VAULT_SEALED' });
  const decoy = join(dir, 'decoy.key');
  await writeFile(decoy, randomBytes(32), { mode: 0o600 });
  const refused = await runCli(['unseal', '--data', dataDir, '--key-file', decoy]);
  t.equal(refused.status, 1);
  t.match(refused.stderr, /UNSEAL_FAILED/);
  t.equal(node.grpcPort, undefined, 'no gRPC gateway while sealed');
  const ok = await runCli(['unseal', '--data', dataDir, '--key-file', keyFile]);
  t.match(ok.stdout, /^unsealed/);
  t.match(await node.client.ask(ledger, 'acme/books', { type: 'append', amount: 2 }), { total: 2 });
  t.ok(node.grpcPort! > 0, 'unsealing starts the gRPC gateway');
  const { ApiClient } = await import('../../gateway/index.js');
  const { readFile } = await import('node:fs/promises');
  const api = ApiClient.connect(`127.0.0.1:${node.grpcPort!}`, {
    ca: await readFile(node.caFile!),
    protos: nodeApi(),
    serverName: 'localhost',
  });
  t.teardown(() => api.close());
  t.match(await api.call('AuthService', 'GetJwks', {}), { jwks: /"keys"/ }, 'and it answers');
  const fresh = join(dir, 'fresh');
  await t.rejects(startNode(fresh, ['--sealed']), { code: 'INVALID_CONFIG', message: /needs a vault/ });
});

t.test('the admin socket is private and refuses malformed requests with clear errors', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'data');
  const node = await startNode(dataDir, ['--key-file', join(dir, 'master.key')]);
  t.teardown(() => node.close());
  t.equal((await stat(adminSocketPath(dataDir))).mode & 0o777, 0o600, 'socket mode 0600');
  const answer = async (bytes: string) =>
    JSON.parse((await rawAdmin(dataDir, bytes)).at(-1)!) as Record<string, unknown>;
  t.match(await answer('not json\n'), { ok: false, error: { code: 'INVALID_COMMAND' } });
  t.match(await answer('{"op":"format-disk"}\n'), {
    ok: false,
    error: { code: 'INVALID_COMMAND', message: /unknown op/ },
  });
  t.match(await answer('{"op":"keys-rotate","org":"../etc"}\n'), { ok: false, error: { details: { field: 'org' } } });
  t.match(await answer('{"op":"unseal","secret":{"type":"shamir","shares":[7]}}\n'), {
    ok: false,
    error: { details: { field: 'secret.shares' } },
  });
  t.match(await answer(`${'x'.repeat(70_000)}\n`), { ok: false, error: { message: /longer than/ } });
  t.match(await answer('{"op":"status"}\n'), { ok: true, result: { node: 'solo', vault: { sealed: false } } });
  const unconfirmed = await runCli(['keys', 'shred', '--data', dataDir, '--org', 'acme']);
  t.equal(unconfirmed.status, 2);
  t.match(unconfirmed.stderr, /--yes/);
  await t.rejects(startNode(dataDir, ['--key-file', join(dir, 'master.key')]), {
    code: 'INVALID_CONFIG',
    message: /in use by another Redoubt process/,
  });
});

t.test('the CLI says clearly when no node runs on the data directory', async (t) => {
  const dir = await tempDir(t);
  const result = await runCli(['status', '--data', dir]);
  t.equal(result.status, 1);
  t.match(result.stderr, /NODE_NOT_RUNNING/);
});
