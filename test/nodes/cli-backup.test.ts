import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { pino } from 'pino';
import t from 'tap';
import { ledger } from '../../domain/index.js';
import { LevelJournal, PLATFORM_SCOPE } from '../../actors/index.js';
import type { EntityClient } from '../../actors/index.js';
import { offlineNames } from '../helpers/offline-names.js';
import { parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { keyset } from '../../registry/index.js';
import { NatsServer } from '../helpers/nats-server.js';
import { runCli } from '../helpers/run-cli.js';
import { startTestStandalone } from '../helpers/standalone.js';

const LEDGERS = ['acme/books', 'acme/petty', 'globex/books', 'misc'];

async function readAll(client: EntityClient): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const id of LEDGERS) out[id] = await client.ask(ledger, id, { type: 'read' });
  return out;
}

async function startOn(dataDir: string, keyFile: string) {
  const config = parseNodeConfig('standalone', [
    '--data',
    dataDir,
    '--key-file',
    keyFile,
    '--http-port',
    '0',
    '--grpc-port',
    '0',
  ]);
  return startStandalone(config!, pino({ level: 'silent' }));
}

/** Ledger records in a data dir, read from its store as an attacker or an auditor would. */
async function ledgerRecords(dataDir: string, keyFile: string): Promise<number> {
  const db = new ClassicLevel<string, Uint8Array>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  });
  await db.open();
  // Names are blinded: without a vault (nothing restored) any journal record at all counts.
  if (!existsSync(join(dataDir, 'vault.json'))) {
    try {
      return (await db.keys({ gt: 'j:', lt: 'j;' }).all()).length;
    } finally {
      await db.close();
    }
  }
  const names = offlineNames(dataDir, keyFile, db);
  try {
    let records = 0;
    for await (const { entity } of new LevelJournal(db, names).readAll([PLATFORM_SCOPE, 'acme', 'globex'])) {
      if (entity.startsWith('ledger/')) records++;
    }
    return records;
  } finally {
    names.close();
    await db.close();
  }
}

t.test('backup, restore into a fresh data dir, and the node there reads identical state', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cli-backup-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  for (let i = 0; i < 60; i++) await client.ask(ledger, 'acme/books', { type: 'append', amount: i });
  await client.ask(ledger, 'acme/petty', { type: 'append', amount: 3 });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 5 });
  await client.ask(ledger, 'misc', { type: 'append', amount: 1 });
  const state = await readAll(client);
  const unseal = ['--key-file', solo.keyFile];
  const from = ['--data', solo.dataDir, ...unseal];

  const busy = await runCli(['backup', '--all', '--out', join(dir, 'busy.rbak'), ...from]);
  t.equal(busy.status, 2, 'a running node holds the store');
  t.match(busy.stderr, /in use by a running node: stop the node first/);
  await solo.node.close();

  const made: Record<string, string> = {};
  for (const [name, what] of [
    ['registry', ['--registry']],
    ['all', ['--all']],
    ['acme', ['--org', 'acme']],
  ] as const) {
    made[name] = join(dir, `${name}.rbak`);
    const result = await runCli(['backup', ...what, '--out', made[name], ...from]);
    t.equal(result.status, 0, `backup ${what.join(' ')}: ${result.stderr}`);
    t.match(
      result.stdout,
      /^wrote .*\.rbak: .* \d+ entities, \d+ records, \d+ snapshots, .* MB\/s\)\narchive [0-9a-f]{32}/,
    );
  }
  t.match(await runCli(['backup', '--all', '--out', made['all']!, ...from]), {
    status: 2,
    stderr: /exists already; backup never overwrites/,
  });

  const fresh = join(dir, 'fresh');
  const orgFirst = await runCli(['restore', '--in', made['acme']!, '--data', fresh, ...unseal]);
  t.equal(orgFirst.status, 2);
  t.match(orgFirst.stderr, /no vault at .*restore the registry archive first/);
  t.match(await runCli(['restore', '--in', made['registry']!, '--data', fresh, ...unseal, '--quiet']), {
    status: 0,
    stdout: /restored .*the registry.*: restored \d+ entities/,
  });
  const verified = await runCli(['restore', '--in', made['all']!, '--data', fresh, ...unseal, '--verify']);
  t.equal(verified.status, 0);
  t.match(verified.stdout, /^verified .*would restore 4 entities, 63 records, 1 snapshots/);
  t.equal(await ledgerRecords(fresh, solo.keyFile), 0, '--verify writes nothing');

  // A changed byte anywhere is refused before anything is written.
  const bytes = await readFile(made['all']!);
  const middle = bytes.length >> 1;
  bytes[middle] = bytes[middle]! ^ 0x40;
  await writeFile(join(dir, 'bad.rbak'), bytes);
  const bad = await runCli(['restore', '--in', join(dir, 'bad.rbak'), '--data', fresh, ...unseal]);
  t.equal(bad.status, 1);
  t.match(bad.stderr, /does not authenticate: the archive was altered .*\(BACKUP_TAMPERED\)/);
  t.equal(await ledgerRecords(fresh, solo.keyFile), 0, 'a refused archive writes nothing');

  t.match(await runCli(['restore', '--in', made['all']!, '--data', fresh, ...unseal]), {
    status: 0,
    stdout: /restored 4 entities, 63 records, 1 snapshots/,
  });
  t.match(await runCli(['restore', '--in', made['acme']!, '--data', fresh, ...unseal]), {
    status: 1,
    stderr: /2 entities of the archive already have records in the target .*nothing was written \(RESTORE_CONFLICT\)/,
  });
  const node = await startOn(fresh, solo.keyFile);
  t.same(await readAll(node.client), state, 'identical state on the restored node');
  await node.close();

  // Shred acme on the source; a registry archive made now restores acme's old backup as nothing.
  const source = await solo.restart();
  await source.client.ask(keyset, 'acme', { type: 'shred' });
  await source.close();
  const after = join(dir, 'registry-after.rbak');
  t.equal((await runCli(['backup', '--registry', '--out', after, ...from, '--quiet'])).status, 0);
  const rebuilt = join(dir, 'rebuilt');
  t.equal((await runCli(['restore', '--in', after, '--data', rebuilt, ...unseal])).status, 0);
  const shredded = await runCli(['restore', '--in', made['acme']!, '--data', rebuilt, ...unseal]);
  t.equal(shredded.status, 1, 'nothing restored');
  t.match(shredded.stdout, /restored 0 entities, 0 records/);
  t.match(
    shredded.stderr,
    /org scope "acme": nothing of it was restored: its keys were shredded \(crypto-shredding reaches backups\); 2 entities, 61 records left out/,
  );
  const rest = await runCli(['restore', '--in', made['all']!, '--data', rebuilt, ...unseal]);
  t.equal(rest.status, 0, 'the other orgs of --all restore');
  t.match(rest.stdout, /restored 2 entities, 2 records/);
  t.match(rest.stderr, /org scope "acme": nothing of it was restored: its keys were shredded/);
  t.equal(await ledgerRecords(rebuilt, solo.keyFile), 2, 'globex and the platform ledger only');
});

t.test('a cluster region round trip: restore into JetStream, back up from it, restore standalone', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cli-backup-js-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  for (let i = 0; i < 55; i++) await client.ask(ledger, 'acme/books', { type: 'append', amount: i, note: `n${i}` });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 5 });
  const state = { acme: await client.ask(ledger, 'acme/books', { type: 'read' }) };
  await solo.node.close();
  const unseal = ['--key-file', solo.keyFile];
  const reg = join(dir, 'registry.rbak');
  const all = join(dir, 'all.rbak');
  for (const [what, out] of [
    ['--registry', reg],
    ['--all', all],
  ] as const) {
    t.equal((await runCli(['backup', what, '--out', out, '--data', solo.dataDir, ...unseal])).status, 0);
  }

  await using nats = await NatsServer.start();
  const cluster = ['--nats', nats.url, '--region', 'eu-1'];
  const orgFirst = await runCli(['restore', '--in', all, ...cluster, ...unseal]);
  t.equal(orgFirst.status, 2, 'org data needs the registry (vault and keysets) restored first');
  t.match(orgFirst.stderr, /no vault at .*restore the registry archive first/);
  t.equal(
    (await runCli(['restore', '--in', reg, ...cluster, ...unseal])).status,
    0,
    "registry into JetStream: the vault into the registry's KV bucket, its entities into the registry group",
  );
  const { KvVaultStore, Vault } = await import('../../registry/index.js');
  const { connect } = await import('@nats-io/transport-node');
  const nc = await connect({ servers: nats.url });
  t.teardown(() => nc.close());
  t.ok(await Vault.exists(await KvVaultStore.open(nc)), 'the vault is in the KV bucket, where registry nodes read it');
  const into = await runCli(['restore', '--in', all, ...cluster, ...unseal]);
  t.equal(into.status, 0, into.stderr);
  t.match(into.stdout, /restored 2 entities, 56 records, 1 snapshots/);
  const again = join(dir, 'from-cluster.rbak');
  const out = await runCli(['backup', '--all', '--out', again, ...cluster, ...unseal]);
  t.equal(out.status, 0, out.stderr);
  t.match(out.stdout, /2 entities, 56 records, 1 snapshots/);

  const fresh = join(dir, 'fresh');
  t.equal((await runCli(['restore', '--in', reg, '--data', fresh, ...unseal])).status, 0);
  t.equal((await runCli(['restore', '--in', again, '--data', fresh, ...unseal])).status, 0);
  const node = await startOn(fresh, solo.keyFile);
  t.teardown(() => node.close());
  t.same(await node.client.ask(ledger, 'acme/books', { type: 'read' }), state.acme);
});

t.test('bad command lines are refused with exit 2 and say what to change', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cli-backup-bad-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const out = join(dir, 'x.rbak');
  const cases: [string[], RegExp][] = [
    [['backup', '--out', out], /exactly one of --org ORG, --all and --registry/],
    [['backup', '--all', '--registry', '--out', out], /exactly one of/],
    [['backup', '--org', 'ac me', '--out', out], /--org: "ac me" is not an org id/],
    [['backup', '--all'], /backup needs --out FILE/],
    [['backup', '--all', '--out', out, '--data', join(dir, 'none')], /no Redoubt store in .*none/],
    [['backup', '--all', '--out', out, '--nats', 'nats://127.0.0.1:1'], /cannot reach NATS at nats:\/\/127\.0\.0\.1:1/],
    [['backup', '--all', '--out', out, '--nats', 'http://x'], /not a nats:\/\/host:port URL/],
    [
      ['backup', '--all', '--out', out, '--nats', 'nats://127.0.0.1:1', '--region', 'registry'],
      /back it up with --registry/,
    ],
    [['backup', '--all', '--out', out, '--region', 'eu'], /--region goes with --nats/],
    [['backup', '--all', '--out', out, '--key-file', 'k', '--tpm', 'device:/dev/tpmrm0'], /one of --key-file/],
    [['restore'], /restore needs --in FILE/],
    [['restore', '--in', out, '--replicas', '9'], /--replicas: "9" must be a whole number from 1 to 5/],
    [['restore', '--in', out, '--bogus'], /Unknown option '--bogus'/],
  ];
  // Each run is a process start: run them side by side.
  const results = await Promise.all(cases.map(([args]) => runCli(args)));
  cases.forEach(([args, message], index) => {
    t.equal(results[index]!.status, 2, `${args.join(' ')} exits 2`);
    t.match(results[index]!.stderr, message, `${args.join(' ')} says why`);
  });
  const missing = await runCli(['restore', '--in', out]);
  t.equal(missing.status, 1);
  t.match(missing.stderr, /cannot read backup archive .*x\.rbak: no such file \(BACKUP_INVALID\)/);
  const helps = [
    ['help', 'backup'],
    ['backup', '--help'],
    ['restore', '--help'],
    ['help', 'restore'],
  ];
  for (const result of await Promise.all(helps.map((args) => runCli(args)))) {
    t.match(result, { status: 0, stdout: /^Usage: redoubt (backup|restore)/ });
  }
  t.match((await runCli(['help'])).stdout, /backup .*\n\s+restore /);
});

t.test('a vault opened by Shamir shares unseals for a backup from share lines on stdin', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cli-backup-shares-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const data = join(dir, 'data');
  const keyFile = join(dir, 'master.key');
  const init = await runCli(['init', '--data', data, '--key-file', keyFile, '--shares', '3', '--threshold', '2']);
  t.equal(init.status, 0, init.stderr);
  const shares = [...init.stdout.matchAll(/^\s+\d+\s+(rdbt-share1\S+)$/gm)].map((match) => match[1]!);
  t.equal(shares.length, 3);
  const node = await startOn(data, keyFile);
  await node.client.ask(ledger, 'acme/books', { type: 'append', amount: 4 });
  await node.close();
  const args = ['backup', '--all', '--data', data, '--share', '--quiet'];
  const one = await runCli([...args, '--out', join(dir, 'one.rbak')], { stdin: `${shares[0]}\n` });
  t.equal(one.status, 2);
  t.match(one.stderr, /--share: 1 of 2 shares given; give them all on stdin at once/);
  const two = await runCli([...args, '--out', join(dir, 'two.rbak')], { stdin: `${shares[0]}\n${shares[2]}\n` });
  t.equal(two.status, 0, two.stderr);
  t.match(two.stdout, /1 entities, 1 records/);
  t.notOk(two.stdout.includes(shares[0]!.slice(12, 40)), 'no share is echoed');
});
