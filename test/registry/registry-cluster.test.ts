/**
 * The registry in a real cluster: a registry node holding the vault in NATS, shard nodes that hold
 * no key and fetch each org's data keys from it over certificate-signed requests, the guard that
 * refuses everyone else, rotation and shredding that reach every node, and registry failover.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import type { Test } from 'tap';
import {
  EntityClient,
  entityId,
  KvShardDirectory,
  NatsTransport,
  openShardMapBucket,
  Sealer,
  sealedKeyVersion,
} from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { regionJournal } from '../helpers/region-journal.js';
import type { RequestSigner } from '../../actors/index.js';
import { REGISTRY_REGION, REGISTRY_SHARDS } from '../../nodes/index.js';
import { buildCsr, ca, CLUSTER_CA_ID, keyset, nodeSigner } from '../../registry/index.js';
import { filesContaining, keyForms } from '../helpers/grep-files.js';
import { nodeRegistryClient } from '../../sim/cluster/node-registry-client.js';
import { retry } from '../../sim/cluster/index.js';
import { runCli } from '../helpers/run-cli.js';
import { strangerCertificate } from '../helpers/stranger-ca.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

/** The request is refused by the registry's guard, for this reason. */
async function denied(t: Test, request: Promise<unknown>, reason: string, message?: string): Promise<void> {
  await t.rejects(request, { code: 'PERMISSION_DENIED', details: { reason } }, message ?? `refused: ${reason}`);
}

const recipient = () =>
  Buffer.from(generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'der' })).subarray(-32);

t.test('shard nodes hold no key and fetch org keys from the registry; only credentialed requests pass', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1', 'n2'] });
  const { client, nc } = cluster.client;
  const ids = Array.from({ length: 40 }, (_, i) => `acme/e${i}`);
  await Promise.all(ids.map((id) => client.ask(ledger, id, { type: 'append', amount: 3 })));
  t.pass('40 entities of org acme written through two shard nodes');

  const journal = await regionJournal(nc, REGION, cluster.keyring);
  const sealer = new Sealer(cluster.keyring);
  let opened = 0;
  for await (const { entity, record } of journal.readAll(['acme'])) {
    if (!entity.startsWith('ledger/acme/')) continue;
    await sealer.openPrepared('acme', { purpose: 'event', entity, seq: record.seq }, record.sealed);
    opened++;
  }
  t.equal(opened, 40, "every record opens with acme's key from the registry, and only with it");

  t.notOk(
    existsSync(join(cluster.dataDir('n1'), 'vault.json')) || existsSync(join(cluster.dataDir('n2'), 'vault.json')),
    'no vault in a shard node data dir',
  );

  // The org key itself is nowhere on disk or in a log: not on the shard nodes, the registry node
  // or the NATS servers' JetStream stores.
  await cluster.keyring.prepare?.('acme');
  const acmeKey = cluster.keyring.current('acme').bytes;
  const dirs = [
    cluster.dataDir('n1'),
    cluster.dataDir('n2'),
    cluster.registry.dataDir('r1'),
    ...cluster.nats.servers.map((server) => server.storeDir),
  ];
  for (const form of keyForms(acmeKey)) {
    const { hits, scanned } = await filesContaining(dirs, form);
    t.same(hits, [], `no form of the key in ${scanned} files`);
  }
  const logs = [...cluster.nodes.values(), ...cluster.registry.nodes.values()].flatMap((node) => node.logs).join('\n');
  t.notOk(
    keyForms(acmeKey).some((form) => logs.includes(Buffer.from(form).toString('latin1'))),
    'nor in any node log',
  );

  // Raw access to the registry group, as any NATS client could try.
  const directory = await KvShardDirectory.open(
    await openShardMapBucket(nc, { region: REGISTRY_REGION }),
    REGISTRY_SHARDS,
  );
  t.teardown(() => directory.close());
  const registryClient = (signer?: RequestSigner) =>
    new EntityClient({
      region: REGISTRY_REGION,
      directory,
      transport: new NatsTransport(nc),
      defaultTimeoutMs: 15_000,
      ...(signer === undefined ? {} : { signer }),
    });
  const fetch = { type: 'fetch', recipient: recipient().toString('base64'), create: false } as const;
  await denied(t, registryClient().ask(keyset, 'acme', fetch), 'NO_CREDENTIAL');
  await denied(
    t,
    registryClient().ask(keyset, 'acme', { type: 'shred' }),
    'NO_CREDENTIAL',
    'no stray client can shred an org',
  );

  const node = await nodeRegistryClient(nc, await cluster.registry.issueCertificate('tester'));
  t.teardown(() => node[Symbol.asyncDispose]());
  const reply = await node.client.ask(keyset, 'acme', fetch);
  t.equal((reply as { current: number }).current, 1, 'a node certificate fetches keys (sealed to its one-time key)');
  await denied(
    t,
    node.client.ask(keyset, 'acme', { type: 'shred' }),
    'NOT_FOR_NODES',
    'a node certificate may not shred',
  );
  await denied(t, node.client.ask(keyset, 'acme', { type: 'rotate' }), 'NOT_FOR_NODES');

  const honest = nodeSigner(() => node.certificate.signingKey());
  const tampered: RequestSigner = (request) =>
    honest({ ...request, payload: new TextEncoder().encode('{"type":"status"}') });
  await denied(
    t,
    registryClient(tampered).ask(keyset, 'acme', fetch),
    'BAD_SIGNATURE',
    'a signature over another request is refused',
  );
  const replayed: RequestSigner = (request) => honest({ ...request, requestId: 'another-request' });
  await denied(
    t,
    registryClient(replayed).ask(keyset, 'acme', fetch),
    'BAD_SIGNATURE',
    'a signature made for another request id is refused',
  );

  const stranger = strangerCertificate('n1');
  const strangerDir = join(cluster.dir, 'stranger');
  await mkdir(strangerDir, { recursive: true });
  await writeFile(join(strangerDir, 'key.pem'), stranger.key, { mode: 0o600 });
  await writeFile(join(strangerDir, 'cert.pem'), stranger.cert, { mode: 0o600 });
  await writeFile(join(strangerDir, 'ca.pem'), stranger.cert, { mode: 0o600 });
  const intruder = await nodeRegistryClient(nc, strangerDir);
  t.teardown(() => intruder[Symbol.asyncDispose]());
  await denied(
    t,
    intruder.client.ask(keyset, 'acme', fetch),
    'UNTRUSTED_CERTIFICATE',
    "a certificate from another CA gets no key, even with a node's name",
  );

  const clientOnly = await nodeRegistryClient(
    nc,
    await cluster.registry.issueCertificate('client-only', ['--role', 'server']),
  );
  t.teardown(() => clientOnly[Symbol.asyncDispose]());
  await denied(
    t,
    clientOnly.client.ask(keyset, 'acme', fetch),
    'WRONG_KEY_USAGE',
    'a server-only certificate may not authenticate requests',
  );

  // Renewal: a node may certify a new key for its own names only.
  const csrFor = (commonName: string) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
    return buildCsr(
      spki,
      { commonName, dnsNames: [], ipAddresses: ['127.0.0.1'] },
      (data) => new Uint8Array(sign('sha256', data, privateKey)),
    );
  };
  const renewed = await node.client.ask(ca, CLUSTER_CA_ID, { type: 'issue', csr: csrFor('tester'), role: 'node' });
  t.match(renewed, { certificate: /BEGIN CERTIFICATE/ }, 'a node renews its own certificate');
  await denied(
    t,
    node.client.ask(ca, CLUSTER_CA_ID, { type: 'issue', csr: csrFor('n1'), role: 'node' }),
    'NOT_OWN_NAMES',
    "a node cannot get a certificate in another node's name",
  );
});

t.test(
  'rotation and shredding on the registry reach every shard node; a second registry node takes over',
  async (t) => {
    await using cluster = await startTestCluster({ nodes: ['n1', 'n2'] });
    const { client, nc } = cluster.client;
    const ids = Array.from({ length: 24 }, (_, i) => `acme/r${i}`);
    await Promise.all(ids.map((id) => client.ask(ledger, id, { type: 'append', amount: 1 })));
    await client.ask(ledger, 'beta/x', { type: 'append', amount: 1 });

    const rotated = await runCli([
      'keys',
      'rotate',
      '--data',
      cluster.registry.adminDataDir,
      '--org',
      'acme',
      '--region',
      REGION,
      '--quiet',
    ]);
    t.equal(rotated.status, 0, rotated.stderr);
    const report = JSON.parse(rotated.stdout) as {
      from: number;
      to: number;
      entities: number;
      retired: number[];
      census: Record<string, number>;
    };
    t.match(
      report,
      { from: 1, to: 2, entities: 24, retired: [1] },
      'v2 made, 24 entities re-sealed in region test, v1 retired',
    );
    t.same(Object.keys(report.census), ['v2'], 'no stored blob of acme under v1 any more');

    // Shard nodes were told at once: a write right away is sealed with v2.
    await client.ask(ledger, 'acme/r0', { type: 'append', amount: 5 });
    const journal = await regionJournal(nc, REGION, cluster.keyring);
    let last: Uint8Array | undefined;
    for await (const { entity, record } of journal.readAll(['acme']))
      if (entity === entityId('ledger', 'acme/r0')) last = record.sealed;
    t.equal(sealedKeyVersion(last!), 2, 'the next write after the rotation uses the new key');
    t.match(await client.ask(ledger, 'acme/r0', { type: 'read' }), { count: 2, total: 6 }, 'state intact');

    const status = await runCli([
      'keys',
      'status',
      '--data',
      cluster.registry.adminDataDir,
      '--org',
      'acme',
      '--region',
      REGION,
    ]);
    t.match(JSON.parse(status.stdout), { keyset: { current: 2 }, entities: 24 });

    const noRegion = await runCli([
      'keys',
      'rotate',
      '--data',
      cluster.registry.adminDataDir,
      '--org',
      'acme',
      '--quiet',
    ]);
    t.equal(noRegion.status, 1);
    t.match(noRegion.stderr, /acme/, 'without --region and without a home region, it says so');

    const shred = await runCli(['keys', 'shred', '--data', cluster.registry.adminDataDir, '--org', 'acme', '--yes']);
    t.equal(shred.status, 0, shred.stderr);
    await t.rejects(
      client.ask(ledger, 'acme/r1', { type: 'read' }),
      { code: 'COMMAND_REJECTED', details: { reason: 'KEYS_SHREDDED' } },
      'a shredded org is unreadable on the shard nodes at once',
    );
    t.match(await client.ask(ledger, 'beta/x', { type: 'read' }), { count: 1 }, 'other orgs are untouched');

    // A second registry node, started sealed: it serves nothing until an operator unseals it.
    const r2 = await cluster.registry.startNode('r2', ['--sealed']);
    t.match(await r2.health(), { sealed: true, ready: false }, 'a sealed registry node is not ready');
    const r2Data = cluster.registry.dataDir('r2');
    const wrong = await runCli(['unseal', '--data', r2Data, '--key-file', join(cluster.dir, 'no-such.key')]);
    t.equal(wrong.status, 1, 'a wrong key file does not unseal it');
    const unsealed = await runCli(['unseal', '--data', r2Data, '--key-file', cluster.registry.keyFile]);
    t.equal(unsealed.status, 0, unsealed.stderr);
    t.match(unsealed.stdout, /unsealed/);
    t.match(await r2.health(), { sealed: false }, 'unsealed by the operator over the admin socket');
    // An operator rotates once the node serves: unsealed is not yet ready (its shards are still
    // being taken up), and a rotation then can race its first writes on a busy machine.
    await retry(
      'r2 ready',
      async () => {
        const health = await r2.health();
        if (health.ready !== true) throw new Error(`r2 not ready: ${JSON.stringify(health)}`);
      },
      { timeout: 60_000 },
    );
    // A master-key rotation on the first registry node re-seals registry entities on both.
    await cluster.client.client.ask(ledger, 'delta/z', { type: 'append', amount: 1 });
    const master = await runCli(['keys', 'rotate', '--master', '--data', cluster.registry.adminDataDir, '--quiet']);
    t.equal(master.status, 0, master.stderr);
    const masterReport = JSON.parse(master.stdout) as {
      from: number;
      to: number;
      entities: number;
      retired: number[];
      census: Record<string, number>;
    };
    t.match(masterReport, { from: 1, to: 2, retired: [1] }, 'master key v2 made, v1 retired');
    t.ok(masterReport.entities >= 4, `registry entities on both registry nodes re-sealed (${masterReport.entities})`);
    t.same(Object.keys(masterReport.census), ['v2'], 'no registry blob under master v1 any more');
    // The first registry node dies: the second, with the refreshed vault, serves keys.
    const r1 = cluster.registry.nodes.get('r1')!;
    r1.signal('SIGKILL');
    await r1.exited;
    await client.ask(ledger, 'gamma/y', { type: 'append', amount: 7 }, { timeoutMs: 30_000 });
    t.match(
      await client.ask(ledger, 'gamma/y', { type: 'read' }),
      { total: 7 },
      'a new org gets its key from the surviving registry node',
    );
  },
);
