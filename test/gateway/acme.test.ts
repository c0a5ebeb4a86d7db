/**
 * The gateway's public certificate from an ACME CA: Let's Encrypt's test server (pebble, from
 * Debian) validates every name for real, over HTTP-01 and TLS-ALPN-01, against the responders the
 * node starts; the certificate and account are kept sealed in the registry, reused after a
 * restart, renewed once between gateways, and handed to the TLS server without a restart.
 */
import t from 'tap';
import { X509Certificate } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { pino } from 'pino';
import { ApiClient } from '../../gateway/index.js';
import { AcmeCertificates, AcmeStore } from '../../gateway/acme/index.js';
import type { HeldCertificate } from '../../gateway/acme/index.js';
import { nodeApi } from '../../nodes/index.js';
import { DEFAULT_ACME_ACCOUNT } from '../../registry/index.js';
import { freePorts } from '../../sim/cluster/index.js';
import { filesContaining } from '../helpers/grep-files.js';
import { Pebble } from '../helpers/pebble.js';
import { startTestStandalone } from '../helpers/standalone.js';

const silent = pino({ level: 'silent' });

/** The certificate a TLS server presents for a name, checked against `ca`. */
function presented(port: number, servername: string, ca: string): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername, ca, ALPNProtocols: ['h2'] }, () => {
      const certificate = socket.getPeerX509Certificate();
      socket.end();
      if (certificate === undefined) reject(new Error('no certificate'));
      else resolve(certificate);
    });
    socket.on('error', reject);
  });
}

t.test('a standalone node serves a certificate pebble issued over HTTP-01, kept across a restart', async (t) => {
  const [httpPort, tlsPort] = (await freePorts(2)) as [number, number];
  await using pebble = await Pebble.start({ httpPort, tlsPort });
  await using handle = await startTestStandalone([]);
  await handle.node.close();
  const caFile = join(handle.dir, 'pebble-listener.pem');
  await writeFile(caFile, pebble.listenerCa);
  // The same data dir, now with ACME: `npm start` with the flags an operator adds.
  await using node = await startTestStandalone([
    ...['--acme-directory', pebble.directoryUrl, '--acme-domains', 'api.redoubt.test,www.redoubt.test'],
    ...['--acme-email', 'ops@redoubt.test', '--acme-http-port', String(httpPort), '--acme-ca-file', caFile],
  ]);
  const root = await pebble.issuingRoot();
  const served = await presented(node.node.grpcPort!, 'api.redoubt.test', root);
  t.match(served.issuer, /Pebble Intermediate CA/, 'the gRPC port presents the ACME certificate');
  t.match(served.subjectAltName, /DNS:api\.redoubt\.test/);
  t.match(served.subjectAltName, /DNS:www\.redoubt\.test/);
  t.equal(node.node.caFile, undefined, 'no internal CA bundle to trust: the certificate is a public CA’s');

  // The API answers through it, to a client that trusts only the ACME CA's root.
  const api = ApiClient.connect(`127.0.0.1:${node.node.grpcPort!}`, {
    ca: root,
    protos: nodeApi(),
    serverName: 'www.redoubt.test',
  });
  await t.rejects(
    api.call('AuthService', 'Login', { email: 'nobody@redoubt.test', password: 'not the password at all' }),
    {
      code: 'UNAUTHENTICATED',
    },
  );
  api.close();

  // The certificate and its key are kept in the registry, sealed: not in any file in the clear.
  const kept = await new AcmeStore(node.node.client, DEFAULT_ACME_ACCOUNT).certificate([
    'api.redoubt.test',
    'www.redoubt.test',
  ]);
  t.ok(kept, 'the registry keeps the certificate');
  const keyBody = kept!.key.split('\n')[1]!;
  const certBody = kept!.cert.split('\n')[1]!;
  for (const needle of [keyBody, certBody]) {
    const { hits, scanned } = await filesContaining([node.dataDir], needle);
    t.ok(scanned > 0, 'the data dir has files');
    t.same(hits, [], 'no file holds the key or the certificate in the clear');
  }

  // A restart serves the kept certificate: no new order.
  await node.restart();
  const again = await presented(node.node.grpcPort!, 'api.redoubt.test', root);
  t.equal(again.serialNumber, served.serialNumber, 'the same certificate after a restart');
});

t.test('TLS-ALPN-01: the responder presents the challenge certificate, and nothing without one', async (t) => {
  const [httpPort, tlsPort] = (await freePorts(2)) as [number, number];
  await using pebble = await Pebble.start({ httpPort, tlsPort });
  await using node = await startTestStandalone([]);
  const caFile = join(node.dir, 'pebble-listener.pem');
  await writeFile(caFile, pebble.listenerCa);
  await node.node.close();
  await using acmeNode = await startTestStandalone([
    ...['--acme-directory', pebble.directoryUrl, '--acme-domains', 'alpn.redoubt.test'],
    ...['--acme-challenge', 'tls-alpn-01', '--acme-tls-port', String(tlsPort), '--acme-ca-file', caFile],
  ]);
  const served = await presented(acmeNode.node.grpcPort!, 'alpn.redoubt.test', await pebble.issuingRoot());
  t.match(served.subjectAltName, /DNS:alpn\.redoubt\.test/);
  // With no challenge pending, the responder completes no handshake.
  await t.rejects(
    new Promise((resolve, reject) => {
      const socket = connect(
        {
          host: '127.0.0.1',
          port: tlsPort,
          servername: 'alpn.redoubt.test',
          ALPNProtocols: ['acme-tls/1'],
          rejectUnauthorized: false,
        },
        () => resolve(socket.end()),
      );
      socket.on('error', reject);
    }),
  );
});

t.test('renewal after two thirds of the lifetime: one gateway orders, the other adopts', async (t) => {
  const [httpPort, tlsPort] = (await freePorts(2)) as [number, number];
  await using pebble = await Pebble.start({ httpPort, tlsPort });
  await using node = await startTestStandalone([]);
  const { serveHttpChallenges } = await import('../../gateway/acme/index.js');
  const store = new AcmeStore(node.node.client, 'renewal');
  const responder = await serveHttpChallenges('127.0.0.1', httpPort, (token) => store.httpChallenge(token), silent);
  t.teardown(() => responder.close());
  let now = Date.now();
  const options = {
    directoryUrl: pebble.directoryUrl,
    names: ['renew.redoubt.test'],
    challenge: 'http-01' as const,
    directoryCa: pebble.listenerCa,
    now: () => now,
  };
  const handed: HeldCertificate[] = [];
  const first = await AcmeCertificates.start(store, options, (c) => handed.push(c), silent);
  const second = await AcmeCertificates.start(store, options, () => undefined, silent);
  t.teardown(() => (first.close(), second.close()));
  t.equal(second.current.cert, first.current.cert, 'a second gateway serves the kept certificate');
  t.equal(await first.renewIfDue(), false, 'not due yet');

  const original = new X509Certificate(first.current.cert);
  const lifetime = first.current.notAfter - Date.parse(original.validFrom);
  // The renewed certificate must start later than the first (its notBefore has whole seconds),
  // so that the clock below finds the first due and the renewed one not.
  while (Date.now() < Date.parse(original.validFrom) + 2_000) await new Promise((r) => setTimeout(r, 100));
  now = Date.parse(original.validFrom) + Math.ceil((2 / 3) * lifetime) + 1;
  t.equal(await first.renewIfDue(), true, 'due: renewed');
  t.not(new X509Certificate(first.current.cert).serialNumber, original.serialNumber, 'a new certificate');
  t.equal(handed.length, 1, 'handed to the TLS server once');
  t.equal(handed[0]!.cert, first.current.cert);

  t.equal(await second.renewIfDue(), true, 'the other gateway adopts it');
  t.equal(second.current.cert, first.current.cert, 'without ordering one of its own');
});
