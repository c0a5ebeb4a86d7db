/**
 * Mutual TLS for NATS with the registry's CA: a real nats-server with `tls { verify: true }`
 * trusting the CA that the `ca` entity of a real standalone node made.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import t from 'tap';
import type { Test } from 'tap';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { parseNodeConfig } from '../../nodes/index.js';
import { ca, CLUSTER_CA_ID, NodeCertificate } from '../../registry/index.js';
import { RedoubtNode } from '../../sim/cluster/index.js';
import type { AskCertificate, CaCertificateReply, IssueReply, NodeCertificateOptions } from '../../registry/index.js';
import { buildCsr } from '../../registry/ca/index.js';
import { NatsServer, retry } from '../helpers/nats-server.js';
import { strangerCertificate } from '../helpers/stranger-ca.js';
import type { ClientTlsOptions } from '../helpers/nats-server.js';
import { startTestStandalone } from '../helpers/standalone.js';
import type { StandaloneHandle } from '../helpers/standalone.js';

const LOCAL = { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] };

/** A standalone registry with its cluster CA, a certificate for nats-server (files) and the server. */
async function start(
  t: Test,
  server: Partial<NodeCertificateOptions> = {},
  client: Partial<NodeCertificateOptions> = {},
  jetstream = false,
): Promise<{
  solo: StandaloneHandle;
  nats: NatsServer;
  clientCert: NodeCertificate;
  serverCert: NodeCertificate;
  dir: string;
  ask: AskCertificate;
}> {
  const solo = await startTestStandalone();
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-nats-tls-'));
  const resources: { nats?: NatsServer; certs: NodeCertificate[] } = { certs: [] };
  t.teardown(async () => {
    for (const cert of resources.certs) cert.close();
    await resources.nats?.[Symbol.asyncDispose]();
    await solo[Symbol.asyncDispose]();
    await rm(dir, { recursive: true, force: true });
  });
  const ask: AskCertificate = (command) => solo.node.client.ask(ca, CLUSTER_CA_ID, command) as Promise<IssueReply>;
  await solo.node.client.ask(ca, CLUSTER_CA_ID, { type: 'init' });
  const serverCert = await NodeCertificate.obtain(ask, {
    names: { commonName: 'nats-0', ...LOCAL },
    role: 'server',
    fileDir: join(dir, 'tls'),
    onRenewed: () => void resources.nats?.signal('SIGHUP'),
    ...server,
  });
  resources.certs.push(serverCert);
  const clientCert = await NodeCertificate.obtain(ask, { names: { commonName: 'node-1' }, ...client });
  resources.certs.push(clientCert);
  const files = serverCert.files!;
  const nats = await NatsServer.start({
    jetstream,
    tls: { certFile: files.certFile, keyFile: files.keyFile, caFile: files.caFile, client: () => clientCert.tls },
  });
  resources.nats = nats;
  return { solo, nats, clientCert, serverCert, dir, ask };
}

async function pingPong(nc: NatsConnection): Promise<string> {
  const subject = `mtls.${randomBytes(4).toString('hex')}`;
  const sub = nc.subscribe(subject, { callback: (_, msg) => void msg.respond(`pong:${msg.string()}`) });
  await nc.flush();
  const reply = await nc.request(subject, 'ping', { timeout: 2_000 });
  sub.unsubscribe();
  return reply.string();
}

/** Connecting with these TLS options (or none) is refused; the server log says why. */
async function refused(t: Test, nats: NatsServer, tls: ClientTlsOptions | undefined, because: RegExp) {
  const seen = nats.log.length;
  // A generous connect timeout: a client that gives up first makes the server log only "EOF" (seen
  // on a busy CI machine), not its reason.
  await t.rejects(
    connect({ servers: nats.url, timeout: 15_000, reconnect: false, ...(tls === undefined ? {} : { tls }) }),
    'the connection is refused',
  );
  // The server's own reason, logged when it drops the handshake.
  const deadline = Date.now() + 15_000;
  while (!nats.log.slice(seen).some((line) => because.test(line)) && Date.now() < deadline) await delay(20);
  t.match(nats.log.slice(seen).join('\n'), because);
}

/** A CA of our own, not the registry's, and a client certificate it signed for a fresh key. */

t.test('only a client with a certificate from the registry CA can connect and publish', async (t) => {
  const { solo, nats, clientCert, serverCert } = await start(t);
  const files = serverCert.files!;
  for (const file of [files.keyFile, files.certFile, files.caFile]) {
    t.equal((await stat(file)).mode & 0o777, 0o600, `${file} is mode 0600`);
  }
  const caPem = ((await solo.node.client.ask(ca, CLUSTER_CA_ID, { type: 'certificate' })) as CaCertificateReply).bundle;

  const nc = await connect({ servers: nats.url, tls: clientCert.tls, reconnect: false });
  t.equal(await pingPong(nc), 'pong:ping', 'a certified client publishes, subscribes and gets replies');

  await refused(t, nats, { ca: caPem }, /didn't provide a certificate|certificate required|TLS handshake error/);
  await refused(t, nats, undefined, /TLS handshake error|Client parser ERROR|secure connection/i);
  const stranger = strangerCertificate('node-1');
  await refused(t, nats, { ca: caPem, ...stranger }, /certificate signed by unknown authority/);
  // The registry's CA, but a certificate for servers only: no clientAuth, so no client.
  const serverOnly = await NodeCertificate.obtain(
    (command) => solo.node.client.ask(ca, CLUSTER_CA_ID, command) as Promise<IssueReply>,
    { names: { commonName: 'not-a-client' }, role: 'server' },
  );
  serverOnly.close();
  await refused(t, nats, serverOnly.tls, /incompatible key usage/);
  // A client of a stranger CA never sees a message published on the server.
  t.equal(await pingPong(nc), 'pong:ping', 'the certified client was not disturbed');
  await nc.close();
});

t.test('an expired certificate is refused; renewed certificates keep client and server working', async (t) => {
  // Certificates of ~3 s, renewed after 2/3 of that; the server's renewals reload nats-server (SIGHUP).
  const lifetimeMs = 3_000;
  const { nats, clientCert, serverCert } = await start(t, { lifetimeMs }, { lifetimeMs });
  const first = { ...clientCert.current };
  const firstServer = serverCert.current.serial;
  // A connection with reconnects, holding the live TLS options of the manager.
  const nc = await connect({
    servers: nats.url,
    tls: clientCert.tls,
    reconnectTimeWait: 100,
    maxReconnectAttempts: -1,
  });
  t.teardown(() => nc.close());
  t.equal(await pingPong(nc), 'pong:ping');

  // Wait, as a node would, until the first certificates have expired.
  await delay(Math.max(0, first.notAfter - Date.now()) + 1_100);
  t.ok(clientCert.renewals >= 1, `the client certificate was renewed (${clientCert.renewals} times)`);
  t.ok(serverCert.renewals >= 1, `the server certificate was renewed (${serverCert.renewals} times)`);
  t.not(clientCert.current.serial, first.serial);
  t.not(serverCert.current.serial, firstServer);
  t.not(clientCert.current.key, first.key, 'a renewal makes a fresh key');
  t.ok(clientCert.current.notAfter > Date.now(), 'the current certificate is valid');
  t.match(nats.log.join('\n'), /Reloaded server configuration/, 'nats-server reloaded its certificate');

  await refused(t, nats, { key: first.key, cert: first.cert, ca: first.ca }, /certificate has expired/);
  // A new connection verifies the server's certificate too: it succeeds only if the server
  // presents its renewed one, the first having expired.
  const fresh = await connect({ servers: nats.url, tls: { ...clientCert.tls }, reconnect: false });
  t.equal(await pingPong(fresh), 'pong:ping', 'a new connection with the renewed certificate works');
  await fresh.close();

  // The long-lived connection, cut off by a server restart, comes back with the renewed certificate.
  const reconnected = (async () => {
    for await (const status of nc.status()) if (status.type === 'reconnect') return;
  })();
  await nats.restart();
  await reconnected;
  t.equal(await pingPong(nc), 'pong:ping', 'a reconnect presents the renewed certificate');
  await nc.close();
});

t.test('a CSR signed by another key than its own gets no certificate to connect with', async (t) => {
  const { solo } = await start(t);
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const csr = buildCsr(
    new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
    { commonName: 'node-9', dnsNames: [], ipAddresses: [] },
    (data) => new Uint8Array(sign('sha256', data, privateKey)),
  );
  await t.rejects(solo.node.client.ask(ca, CLUSTER_CA_ID, { type: 'issue', csr, role: 'node' }), {
    code: 'CSR_REJECTED',
    details: { reason: 'BAD_SIGNATURE' },
  });
});

t.test(
  'a cluster node connects to nats-server with --nats-tls and its --cert-dir; one with a stranger CA certificate cannot',
  async (t) => {
    const { nats, dir, ask } = await start(t, {}, {}, true);
    const nodeCert = await NodeCertificate.obtain(ask, {
      names: { commonName: 'node-a' },
      fileDir: join(dir, 'node-a'),
    });
    nodeCert.close();
    const options = { natsUrl: nats.url, readyTimeoutMs: 30_000 };

    const node = await RedoubtNode.start({
      ...options,
      nodeId: 'node-a',
      dataDir: join(dir, 'data-a'),
      certDir: join(dir, 'node-a'),
      extraArgs: ['--nats-tls'],
    });
    t.teardown(async () => {
      // No graceful handoff needed here (a lone node waits 10 s for one).
      node.signal('SIGKILL');
      await node.exited;
    });
    // Owning shards means it elected itself coordinator through JetStream KV, over mTLS. (It is
    // not ready: with no registry node here it has no envelope keys, and says so.)
    await retry(
      'node-a owns shards',
      async () => {
        if (!(((await node.health())['shardsOwned'] as number) > 0)) throw new Error('no shards yet');
      },
      { timeout: 20_000 },
    );
    t.pass('the node is up over mTLS: JetStream journal open, shards owned');
    t.match(await node.health(), { ready: false, envelopeKeys: false }, 'no registry, no envelope keys: not ready');

    // The registry's CA to trust, but a certificate from a CA of its own.
    const stranger = strangerCertificate('node-b');
    const strangerDir = join(dir, 'stranger');
    await mkdir(strangerDir, { mode: 0o700 });
    await writeFile(join(strangerDir, 'cert.pem'), stranger.cert, { mode: 0o600 });
    await writeFile(join(strangerDir, 'key.pem'), stranger.key, { mode: 0o600 });
    await writeFile(join(strangerDir, 'ca.pem'), nodeCert.current.ca, { mode: 0o600 });
    const seen = nats.log.length;
    await t.rejects(
      RedoubtNode.start({
        ...options,
        nodeId: 'node-b',
        dataDir: join(dir, 'data-b'),
        certDir: strangerDir,
        extraArgs: ['--startup-timeout-ms', '1500', '--nats-tls'],
      }),
      /exited/,
      'a node with a certificate from another CA never gets ready',
    );
    // nats-server may log the refused handshake a moment after the node gave up.
    await retry(
      'nats-server logs the refused handshake',
      async () => {
        if (!/certificate signed by unknown authority/.test(nats.log.slice(seen).join('\n')))
          throw new Error('not yet');
      },
      { timeout: 10_000 },
    );
    t.pass('nats-server refused the certificate from the unknown authority');
  },
);

t.test('a cluster node needs a readable --cert-dir; --nats-tls uses it', async (t) => {
  const base = ['--nats', 'nats://127.0.0.1:4222'];
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-nats-tls-config-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  for (const name of ['key.pem', 'cert.pem', 'ca.pem']) await writeFile(join(dir, name), 'pem', { mode: 0o600 });
  const config = parseNodeConfig('shard', [...base, '--cert-dir', dir], {})!;
  t.equal(config.certDir, dir);
  t.equal(config.natsTls, false, 'plain NATS by default');
  t.equal(parseNodeConfig('shard', [...base, '--cert-dir', dir, '--nats-tls'], {})!.natsTls, true);
  t.equal(parseNodeConfig('shard', base, { REDOUBT_CERT_DIR: dir })!.certDir, dir, 'or from the environment');
  t.throws(() => parseNodeConfig('shard', base, {}), {
    code: 'INVALID_CONFIG',
    message: /needs --cert-dir DIR .*redoubt cert issue/,
  });
  t.throws(() => parseNodeConfig('registry', [...base, '--key-file', '/dev/null', '--nats-tls'], {}), {
    code: 'INVALID_CONFIG',
    message: /--nats-tls needs --cert-dir/,
  });
  await rm(join(dir, 'ca.pem'));
  t.throws(() => parseNodeConfig('shard', [...base, '--cert-dir', dir], {}), {
    code: 'INVALID_CONFIG',
    message: /--cert-dir: cannot read .*ca\.pem \(ENOENT\)/,
  });
  t.throws(() => parseNodeConfig('shard', [...base, '--region', 'registry', '--cert-dir', dir], {}), {
    code: 'INVALID_CONFIG',
    message: /reserved for the registry/,
  });
  t.throws(() => parseNodeConfig('shard', [...base, '--cert-dir', dir, '--key-file', '/dev/null'], {}), {
    code: 'INVALID_CONFIG',
    message: /key-file/,
  });
});
