import { execFileSync } from 'node:child_process';
import { X509Certificate, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { join } from 'node:path';
import t from 'tap';
import type { EntityClient } from '../../actors/index.js';
import { ca, CLUSTER_CA_ID } from '../../registry/index.js';
import type { CaCertificateReply, CaCommand, IssueReply } from '../../registry/index.js';
import {
  buildCsr,
  certificateSerial,
  p256SecretKey,
  p256Signer,
  p256Spki,
  SERIAL_LENGTH,
  signCertificate,
} from '../../registry/ca/index.js';
import { filesContaining, keyForms } from '../helpers/grep-files.js';
import { registryHistory } from '../helpers/registry-history.js';
import { startTestStandalone } from '../helpers/standalone.js';

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

function askCa(client: EntityClient) {
  return (command: unknown) => client.ask(ca, CLUSTER_CA_ID, command as CaCommand);
}

/** A P-256 key made in node:crypto and a CSR for it, built as a node does. */
function nodeCsr(names: { commonName?: string; dnsNames?: string[]; ipAddresses?: string[] }) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const csr = buildCsr(
    spki,
    { commonName: names.commonName, dnsNames: names.dnsNames ?? [], ipAddresses: names.ipAddresses ?? [] },
    (data) => new Uint8Array(sign('sha256', data, privateKey)),
  );
  return { csr, publicKey };
}

/** A CSR made by the openssl CLI, as an operator would make one by hand. */
function opensslCsr(dir: string, keyArgs: string[], subject: string, extensions: string[]): string {
  const key = join(dir, `key-${randomBytes(4).toString('hex')}.pem`);
  execFileSync('openssl', ['genpkey', ...keyArgs, '-out', key], { stdio: 'pipe' });
  const args = ['req', '-new', '-key', key, '-subj', subject, '-sha256'];
  for (const extension of extensions) args.push('-addext', extension);
  return execFileSync('openssl', args, { stdio: 'pipe' }).toString();
}

t.test('init makes one CA (idempotent) with a self-signed P-256 CA certificate', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const ask = askCa(solo.node.client);
  await t.rejects(ask({ type: 'certificate' }), { code: 'COMMAND_REJECTED', details: { reason: 'NO_CA' } });
  const first = (await ask({ type: 'init' })) as CaCertificateReply;
  const again = (await ask({ type: 'init' })) as CaCertificateReply;
  t.equal(first.created, true);
  t.equal(again.created, false);
  t.equal(again.certificate, first.certificate, 'a second init answers the same CA');
  t.equal(first.bundle, first.certificate);
  const cert = new X509Certificate(first.certificate);
  t.equal(cert.ca, true);
  t.ok(cert.verify(cert.publicKey), 'self-signed');
  t.equal(cert.subject, 'CN=Redoubt CA cluster g1');
  t.equal(cert.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
  t.same(await ask({ type: 'certificate' }), {
    generation: 1,
    certificate: first.certificate,
    bundle: first.bundle,
    notAfter: first.notAfter,
  });
});

t.test('issue copies only CN, DNS and IP names from the CSR, sets EKUs by role and the lifetime asked', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const ask = askCa(solo.node.client);
  const root = (await ask({ type: 'init' })) as CaCertificateReply;
  const caCert = new X509Certificate(root.certificate);

  // openssl's request asks for more than it may have: an O, CA:TRUE and keyCertSign.
  const csr = opensslCsr(
    solo.dir,
    ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
    '/CN=node-1/O=Mallory',
    [
      'basicConstraints=critical,CA:TRUE',
      'keyUsage=critical,keyCertSign',
      'subjectAltName=DNS:Node-1.local,IP:10.0.0.7',
    ],
  );
  const before = Date.now();
  const issued = (await ask({ type: 'issue', csr, role: 'node', lifetimeMs: 3_600_000 })) as IssueReply;
  const cert = new X509Certificate(issued.certificate);
  t.ok(cert.verify(caCert.publicKey), 'signed by the CA');
  t.ok(cert.checkIssued(caCert));
  t.equal(cert.ca, false, 'CA:TRUE was not copied');
  t.equal(cert.subject, 'CN=node-1', 'only the CN is copied');
  t.equal(cert.subjectAltName, 'DNS:node-1.local, IP Address:10.0.0.7');
  t.same(cert.keyUsage, [SERVER_AUTH, CLIENT_AUTH]);
  t.equal(cert.serialNumber.toLowerCase(), issued.serial);
  t.equal(issued.chain, issued.certificate + root.certificate);
  t.equal(issued.ca, root.bundle);
  t.equal(new Date(cert.validTo).getTime(), issued.notAfter);
  t.ok(issued.notAfter > before + 3_598_000 && issued.notAfter <= Date.now() + 3_600_000, 'lifetime as asked');
  t.ok(new Date(cert.validFrom).getTime() < before, 'notBefore allows for clock skew');

  const server = nodeCsr({ dnsNames: ['nats.internal'], ipAddresses: ['::1'] });
  const serverCert = new X509Certificate(
    ((await ask({ type: 'issue', csr: server.csr, role: 'server' })) as IssueReply).certificate,
  );
  t.same(serverCert.keyUsage, [SERVER_AUTH]);
  t.notOk(serverCert.subject, 'no CN asked, none given');
  t.ok(serverCert.publicKey.equals(server.publicKey), 'the key of the request');
  t.ok(new Date(serverCert.validTo).getTime() - Date.now() > 23.9 * 3600_000, 'default lifetime 24 h');
  const client = nodeCsr({ commonName: 'gateway' });
  const clientCert = new X509Certificate(
    ((await ask({ type: 'issue', csr: client.csr, role: 'client' })) as IssueReply).certificate,
  );
  t.same(clientCert.keyUsage, [CLIENT_AUTH]);
});

t.test('bad requests are refused with clear codes', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const ask = askCa(solo.node.client);
  const good = nodeCsr({ commonName: 'node-1' }).csr;
  await t.rejects(ask({ type: 'issue', csr: good, role: 'node' }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'NO_CA' },
  });
  await ask({ type: 'init' });
  const refused = (csr: unknown, reason: string, message: RegExp) =>
    t.rejects(ask({ type: 'issue', csr, role: 'node' }), {
      code: 'CSR_REJECTED',
      details: { reason, field: 'csr' },
      message,
    });

  await refused('hello', 'MALFORMED', /not one PEM/);
  await refused(
    `-----BEGIN CERTIFICATE REQUEST-----\n${randomBytes(200).toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`,
    'MALFORMED',
    /not a PKCS#10/,
  );
  await refused(good + good, 'MALFORMED', /not one PEM/);
  // Signed by another key than the one it asks a certificate for.
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const forged = buildCsr(
    new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
    { commonName: 'node-1', dnsNames: [], ipAddresses: [] },
    (data) => new Uint8Array(sign('sha256', data, other)),
  );
  await refused(forged, 'BAD_SIGNATURE', /does not verify/);
  await refused(
    opensslCsr(solo.dir, ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'], '/CN=r', []),
    'UNSUPPORTED_KEY',
    /P-256/,
  );
  await refused(
    opensslCsr(solo.dir, ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'], '/CN=p384', []),
    'UNSUPPORTED_KEY',
    /P-256/,
  );
  const p256 = ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  await refused(
    opensslCsr(solo.dir, p256, '/CN=n', ['subjectAltName=email:a@b.c']),
    'FORBIDDEN_NAME',
    /DNS host names/,
  );
  await refused(
    opensslCsr(solo.dir, p256, '/CN=n', ['subjectAltName=DNS:*.example.com']),
    'FORBIDDEN_NAME',
    /no wildcards/,
  );
  await refused(opensslCsr(solo.dir, p256, '/O=nobody', []), 'NO_NAME', /names nothing/);
  await refused(nodeCsr({ commonName: 'node\n1' }).csr, 'FORBIDDEN_NAME', /CN must be/);
  await refused(nodeCsr({ commonName: 'x'.repeat(65) }).csr, 'FORBIDDEN_NAME', /CN must be/);

  for (const lifetimeMs of [0, 999, 31 * 24 * 3600_000, 1.5, '60000']) {
    await t.rejects(ask({ type: 'issue', csr: good, role: 'node', lifetimeMs }), {
      code: 'INVALID_COMMAND',
      details: { field: 'lifetimeMs' },
      message: /from 1000 to 2592000000/,
    });
  }
  await t.rejects(ask({ type: 'issue', csr: good, role: 'ca' }), {
    code: 'INVALID_COMMAND',
    details: { field: 'role' },
  });
  await t.rejects(ask({ type: 'issue', csr: 42, role: 'node' }), {
    code: 'INVALID_COMMAND',
    details: { field: 'csr' },
  });
  await t.rejects(ask({ type: 'issue', csr: 'x'.repeat(9_000), role: 'node' }), {
    code: 'INVALID_COMMAND',
    details: { field: 'csr' },
  });
  await t.rejects(ask({ type: 'sign-anything' }), {
    code: 'INVALID_COMMAND',
    message: /ca has no command "sign-anything"/,
  });
  t.match(await ask({ type: 'issue', csr: good, role: 'node', lifetimeMs: 1_000 }), { serial: /^[0-9a-f]{32}$/ });
});

t.test('every serial certificateSerial makes gives a certificate OpenSSL parses; others are refused', (t) => {
  const key = p256SecretKey(randomBytes(48));
  const certificate = (serial: Uint8Array) =>
    signCertificate(
      {
        serial,
        subject: { commonName: 'serial', dnsNames: [], ipAddresses: [] },
        spki: p256Spki(key),
        notBefore: Date.now(),
        notAfter: Date.now() + 60_000,
        profile: 'ca',
        issuer: undefined,
      },
      p256Signer(key),
    );
  // The first byte decides the DER INTEGER's form: 0x00 and 0x80-0xff once needed a padding byte
  // that OpenSSL 3 refuses ("illegal padding") or read as negative.
  for (const first of [0x00, 0x01, 0x3f, 0x7f, 0x80, 0xc0, 0xff]) {
    const serial = certificateSerial(Buffer.concat([Buffer.of(first, 0x05), randomBytes(SERIAL_LENGTH - 2)]));
    const parsed = new X509Certificate(certificate(serial));
    t.equal(parsed.serialNumber.toLowerCase(), Buffer.from(serial).toString('hex'), `first byte ${first}`);
  }
  for (const bad of [Buffer.of(0x80, 1), Buffer.of(0x00, 0x05), Buffer.alloc(0), randomBytes(21)]) {
    t.throws(() => certificate(bad), /serial must be positive, minimal and at most 20 bytes/);
  }
  t.throws(() => certificateSerial(randomBytes(21)), /1 to 20 bytes, not 21/);
  t.end();
});

/** The CA keys in the registry's journal, read as an attacker holding the data dir and the master key would. */
async function caKeysInJournal(dataDir: string, keyFile: string): Promise<Map<number, Uint8Array>> {
  const keys = new Map<number, Uint8Array>();
  for (const record of (await registryHistory(dataDir, keyFile, `ca/${CLUSTER_CA_ID}`)).records) {
    for (const event of record.events as { type: string; generation: number; key?: string }[]) {
      if (event.key !== undefined) keys.set(event.generation, Buffer.from(event.key, 'base64'));
    }
  }
  return keys;
}

t.test(
  'the CA key is only ever on disk sealed; a rotation erases the old one and keeps its certificates trusted',
  async (t) => {
    await using solo = await startTestStandalone(['--no-gateway']);
    let ask = askCa(solo.node.client);
    const root = (await ask({ type: 'init' })) as CaCertificateReply;
    const leaf = (await ask({ type: 'issue', csr: nodeCsr({ commonName: 'node-1' }).csr, role: 'node' })) as IssueReply;
    await solo.node.close();

    const keys = await caKeysInJournal(solo.dataDir, solo.keyFile);
    const key = keys.get(1);
    t.ok(key, 'the sealed journal holds the CA key');
    // It is the key of the CA certificate: the search below looks for the right bytes.
    const spki = new X509Certificate(root.certificate).publicKey.export({ type: 'spki', format: 'der' });
    t.same(Buffer.from(p256Spki(key!)), spki);
    for (const form of keyForms(key!)) t.same((await filesContaining([solo.dataDir], form)).hits, []);

    // A fresh process reads the same CA back from the sealed journal.
    ask = askCa((await solo.restart()).client);
    t.match(await ask({ type: 'certificate' }), { generation: 1, certificate: root.certificate });

    const rotated = (await ask({ type: 'rotate' })) as CaCertificateReply;
    t.equal(rotated.generation, 2);
    t.not(rotated.certificate, root.certificate);
    t.equal(rotated.bundle, rotated.certificate + root.certificate, 'the old CA stays trusted');
    const next = (await ask({ type: 'issue', csr: nodeCsr({ commonName: 'node-2' }).csr, role: 'node' })) as IssueReply;
    t.ok(new X509Certificate(next.certificate).verify(new X509Certificate(rotated.certificate).publicKey));
    t.equal(next.ca, rotated.bundle);
    t.ok(new X509Certificate(leaf.certificate).verify(new X509Certificate(root.certificate).publicKey));
    await solo.node.close();

    const after = await caKeysInJournal(solo.dataDir, solo.keyFile);
    t.notOk(after.has(1), 'the rotated-out key is in no journal record');
    for (const form of keyForms(key!))
      t.same((await filesContaining([solo.dataDir], form)).hits, [], 'nor in any file');
  },
);
