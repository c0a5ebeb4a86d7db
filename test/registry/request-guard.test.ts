/**
 * The registry's request guard on its own: registry MACs, node certificates from a real CA entity
 * (a standalone node's `ca/cluster`), and the malformed, expired, foreign and unavailable cases.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import t from 'tap';
import { ledger } from '../../domain/index.js';
import { SYSTEM_CALLER } from '../../actors/index.js';
import type { AnyEntityKind, GuardedRequest, RequestSigner } from '../../actors/index.js';
import {
  ca,
  CaTrust,
  CLUSTER_CA_ID,
  FileVaultStore,
  keyset,
  NodeCertificate,
  nodeSigner,
  registryGuard,
  registrySigner,
  scopedGuard,
  Vault,
} from '../../registry/index.js';
import type { CaCertificateReply, IssueReply } from '../../registry/index.js';
import { startTestStandalone } from '../helpers/standalone.js';

const encoder = new TextEncoder();

function request(
  definition: AnyEntityKind,
  command: { type: string; [field: string]: unknown },
  id = 'acme',
): Omit<GuardedRequest, 'credential'> {
  return {
    kind: definition.kind,
    id,
    method: command.type,
    payload: encoder.encode(JSON.stringify(command)),
    requestId: randomUUID(),
    deadline: Date.now() + 10_000,
    caller: SYSTEM_CALLER,
    definition,
    command: () => command,
  };
}

function signed(signer: RequestSigner, unsigned: Omit<GuardedRequest, 'credential'>): GuardedRequest {
  return { ...unsigned, credential: signer(unsigned) ?? new Uint8Array() };
}

t.test('the guard admits registry MACs of this vault and node certificates of this CA only', async (t) => {
  await using solo = await startTestStandalone();
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-guard-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const open = async (name: string) =>
    (
      await Vault.init(new FileVaultStore(join(dir, `${name}.json`)), [
        { type: 'keyfile', path: join(dir, `${name}.key`) },
      ])
    ).vault;
  const vault = await open('ours');
  const other = await open('theirs');
  const askCa = async () =>
    (await solo.node.client.ask(ca, CLUSTER_CA_ID, { type: 'init' })) as unknown as CaCertificateReply;
  const guard = registryGuard({ vault, trust: new CaTrust(askCa) });
  const isRegistry = () => true;
  const status = request(keyset, { type: 'status' });

  await guard(signed(registrySigner(vault, isRegistry), status));
  t.pass("a MAC under this vault's master key is admitted");
  await t.rejects(
    Promise.resolve().then(() => guard(signed(registrySigner(other, isRegistry), status))),
    {
      code: 'PERMISSION_DENIED',
      details: { reason: 'BAD_MAC' },
    },
    "another vault's MAC is refused",
  );
  const sealedVault = await open('sealed-later');
  const signer = registrySigner(sealedVault, isRegistry);
  sealedVault.seal();
  t.throws(() => signer(status), { code: 'VAULT_SEALED' }, 'a sealed vault signs nothing');
  await t.rejects(
    Promise.resolve().then(() =>
      scopedGuard({ registry: guard })({
        ...request(ledger, { type: 'read' }, 'acme/books'),
        credential: new Uint8Array(),
      }),
    ),
    { code: 'PERMISSION_DENIED', details: { reason: 'NOT_SERVED_HERE' } },
    'a node with the registry guard only takes no request for a data entity',
  );

  for (const [bytes, reason] of [
    [new Uint8Array(), 'NO_CREDENTIAL'],
    [encoder.encode('not json'), 'MALFORMED_CREDENTIAL'],
    [encoder.encode('{"t":"root"}'), 'MALFORMED_CREDENTIAL'],
    [encoder.encode('{"t":"registry","v":0,"mac":"AA=="}'), 'MALFORMED_CREDENTIAL'],
    [encoder.encode('{"t":"node","cert":"%%%","sig":"AA=="}'), 'MALFORMED_CREDENTIAL'],
    [encoder.encode('{"t":"node","cert":"AAAA","sig":"AA=="}'), 'MALFORMED_CREDENTIAL'],
    [new Uint8Array(9000).fill(0x20), 'MALFORMED_CREDENTIAL'],
  ] as const) {
    await t.rejects(
      Promise.resolve().then(() => guard({ ...status, credential: bytes })),
      { code: 'PERMISSION_DENIED', details: { reason } },
      `${reason}: ${Buffer.from(bytes.subarray(0, 40)).toString()}`,
    );
  }

  const ask = (command: Parameters<typeof solo.node.client.ask<typeof ca>>[2]) =>
    solo.node.client.ask(ca, CLUSTER_CA_ID, command) as Promise<IssueReply>;
  await askCa();
  const node = await NodeCertificate.obtain(ask, { names: { commonName: 'n1' }, lifetimeMs: 4_000 });
  node.close();
  const fetch = request(keyset, { type: 'fetch', recipient: 'AA==', create: false });
  // The CA sets notBefore 60 s back; the certificate is valid for a few seconds (X.509 times are whole seconds).
  await guard(
    signed(
      nodeSigner(() => node.signingKey()),
      fetch,
    ),
  );
  t.pass('a node certificate from the CA fetches keys');
  await delay(Math.max(0, node.current.notAfter - Date.now()) + 1_500);
  await t.rejects(
    Promise.resolve().then(() =>
      guard(
        signed(
          nodeSigner(() => node.signingKey()),
          fetch,
        ),
      ),
    ),
    {
      code: 'PERMISSION_DENIED',
      details: { reason: 'CERTIFICATE_EXPIRED' },
    },
    'an expired certificate is refused',
  );

  const unreachable = registryGuard({
    vault,
    trust: new CaTrust(() => Promise.reject(new Error('registry down'))),
  });
  const fresh = await NodeCertificate.obtain(ask, { names: { commonName: 'n2' } });
  fresh.close();
  await t.rejects(
    Promise.resolve().then(() =>
      unreachable(
        signed(
          nodeSigner(() => fresh.signingKey()),
          fetch,
        ),
      ),
    ),
    {
      code: 'PERMISSION_DENIED',
      details: { reason: 'NO_CA' },
    },
    'without the CA bundle no node certificate is admitted',
  );
  vault.seal();
  other.seal();
});
