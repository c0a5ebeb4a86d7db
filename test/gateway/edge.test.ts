/** The gateway's edge: TLS 1.3 only, rate limits per IP and per account, health and reflection. */
import { connect } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import t from 'tap';
import { ApiCallError, ApiClient } from '../../gateway/index.js';
import { startTestGateway } from '../helpers/gateway.js';
import { strangerCertificate } from '../helpers/stranger-ca.js';

function handshake(port: number, ca: string, maxVersion: 'TLSv1.2' | 'TLSv1.3'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: TLSSocket = connect(
      { host: '127.0.0.1', port, ca, servername: 'localhost', maxVersion, ALPNProtocols: ['h2'] },
      () => {
        const protocol = socket.getProtocol() ?? '';
        socket.end();
        resolve(protocol);
      },
    );
    socket.once('error', reject);
  });
}

t.test('only TLS 1.3 is spoken, and the certificate chains to the internal CA', async (t) => {
  await using gw = await startTestGateway();
  const port = gw.solo.node.grpcPort!;
  t.equal(await handshake(port, gw.ca, 'TLSv1.3'), 'TLSv1.3');
  await t.rejects(handshake(port, gw.ca, 'TLSv1.2'), /version|protocol/i, 'a TLS 1.2 client is refused');
  const stranger = ApiClient.connect(gw.address, {
    ca: strangerCertificate('ca').cert,
    protos: gw.protos,
    serverName: 'localhost',
  });
  await t.rejects(
    stranger.call('AuthService', 'GetJwks', {}),
    { code: 'UNAVAILABLE' },
    'a client that does not trust the CA gets nowhere',
  );
  stranger.close();
});

t.test('a flood from one IP gets RESOURCE_EXHAUSTED, with how long to wait', async (t) => {
  await using gw = await startTestGateway(['--rate-per-ip', '5']);
  const results = await Promise.allSettled(Array.from({ length: 40 }, () => gw.api.call('AuthService', 'GetJwks', {})));
  const limited = results.filter(
    (r) => r.status === 'rejected' && r.reason instanceof ApiCallError && r.reason.reason === 'RATE_LIMITED',
  );
  const served = results.filter((r) => r.status === 'fulfilled');
  t.ok(served.length >= 20 && served.length < 40, `burst of 20 served (${served.length})`);
  t.ok(limited.length > 0, `${limited.length} refused`);
  t.match((limited[0] as PromiseRejectedResult).reason, { code: 'RESOURCE_EXHAUSTED', message: /retry in \d+ s/ });
});

t.test('a flood from one account is limited even from many connections', async (t) => {
  await using gw = await startTestGateway(['--rate-per-account', '2']);
  const alice = await gw.signUpAndLogin('alice@example.org');
  const clients = Array.from({ length: 4 }, () =>
    ApiClient.connect(gw.address, { ca: gw.ca, protos: gw.protos, serverName: 'localhost', token: alice.accessToken }),
  );
  const results = await Promise.allSettled(
    Array.from({ length: 24 }, (_, i) => clients[i % clients.length]!.call('AccountService', 'GetMe', {})),
  );
  for (const client of clients) client.close();
  const limited = results.filter(
    (r) => r.status === 'rejected' && (r.reason as ApiCallError).reason === 'RATE_LIMITED',
  );
  t.ok(limited.length >= 24 - 8 - 2, `${limited.length} of 24 refused for the account (burst 8)`);
});

t.test('standard health checking and server reflection are served', async (t) => {
  const { Client, credentials } = await import('@grpc/grpc-js');
  await using gw = await startTestGateway();
  const client = new Client(gw.address, credentials.createSsl(Buffer.from(gw.ca)), {
    'grpc.ssl_target_name_override': 'localhost',
  });
  t.teardown(() => client.close());
  const identity = (bytes: Buffer) => bytes;
  const health = await new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest('/grpc.health.v1.Health/Check', identity, identity, Buffer.alloc(0), (error, reply) =>
      error ? reject(error) : resolve(reply!),
    ),
  );
  t.same([...health], [0x08, 0x01], 'HealthCheckResponse { status: SERVING }');
  // ServerReflectionRequest { list_services: "" } (field 7), on the v1 reflection stream.
  const listed = await new Promise<string>((resolve, reject) => {
    const stream = client.makeBidiStreamRequest(
      '/grpc.reflection.v1.ServerReflection/ServerReflectionInfo',
      identity,
      identity,
    );
    stream.once('data', (reply: Buffer) => {
      stream.end();
      resolve(reply.toString('latin1'));
    });
    stream.once('error', reject);
    stream.write(Buffer.from([0x3a, 0x00]));
  });
  for (const service of [
    'redoubt.v1.AuthService',
    'redoubt.v1.OrgService',
    'redoubt.v1.AccountService',
    'grpc.health.v1.Health',
  ]) {
    t.ok(listed.includes(service), `reflection lists ${service}`);
  }
});

t.test("a call's deadline travels to the entities: work past it is not done", async (t) => {
  // 2^16 takes a while to hash: the deadline passes while the gateway hashes the password.
  await using gw = await startTestGateway(['--scrypt-n', '65536']);
  const email = 'late@example.org';
  const late = await gw.api
    .call(
      'AuthService',
      'SignUp',
      { email, password: 'a long enough password', displayName: 'Late' },
      { timeoutMs: 40 },
    )
    .catch((e: unknown) => e);
  t.match(late, { code: 'DEADLINE_EXCEEDED' }, 'the client gives up at its deadline');
  // Let the gateway finish hashing: its entity asks carry the passed deadline and are refused.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  t.same(await gw.outbox.read(), [], 'no account was made, no mail was sent');
  const again = await gw.api.call<{ accountId: string }>('AuthService', 'SignUp', {
    email,
    password: 'a long enough password',
    displayName: 'Late',
  });
  t.match(again.accountId, /^acc_/, 'the address was not claimed by the late call');
});
