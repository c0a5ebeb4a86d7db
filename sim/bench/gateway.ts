/**
 * `npm run bench -- gateway`: the gRPC gateway against raw baselines from the same run, on an
 * embedded node over TLS 1.3 on loopback:
 * - authenticated_unary: OrgService.GetOrg with a bearer token (JWT verified, role looked up,
 *   request validated, entity asked) vs a raw grpc-js echo server with the same TLS setup;
 * - login_per_s: AuthService.Login (scrypt 2^15, session opened, token signed) vs raw scrypt
 *   hashes of the same cost, both at the same concurrency: logins are bounded by the KDF.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { EntityClient } from '../../actors/index.js';
import { ApiClient, DEFAULT_SCRYPT_COST, hashPassword } from '../../gateway/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { nodeApi, parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { ca, CLUSTER_CA_ID, NodeCertificate } from '../../registry/index.js';
import type { IssueReply } from '../../registry/index.js';
import { figure, percentile } from './figure.js';
import type { Figure } from './figure.js';
import { grpcEchoClient, startGrpcEchoServer } from './grpc-echo.js';
import { alternating } from './load.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'gateway';
const PASSWORD = 'bench password that is long enough';

export async function gatewayBench(options: BenchOptions): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-gateway-'));
  const config = parseNodeConfig('standalone', [
    ...['--data', join(dir, 'data'), '--key-file', join(dir, 'master.key'), '--node-id', 'bench'],
    ...['--http-port', '0', '--grpc-port', '0', '--rate-per-ip', '100000', '--rate-per-account', '100000'],
  ])!;
  const node = await startStandalone(config, pino({ level: 'silent' }));
  const echo = await startEchoServer(node.client);
  try {
    const ca = await readFile(node.caFile!, 'utf8');
    const api = ApiClient.connect(`127.0.0.1:${node.grpcPort!}`, { ca, protos: nodeApi(), serverName: 'localhost' });
    const { accountId } = (await callAdmin(config.dataDir, {
      op: 'create-superadmin',
      email: 'bench@example.org',
      displayName: 'Bench',
      password: PASSWORD,
    })) as { accountId: string };
    const login = () =>
      api.call<{ accessToken: string }>('AuthService', 'Login', { email: 'bench@example.org', password: PASSWORD });
    const authed = api.withToken((await login()).accessToken);
    await authed.call('OrgService', 'CreateOrg', {
      orgId: 'bench',
      name: 'Bench',
      homeRegion: 'local',
      adminAccountId: accountId,
    });

    const rawClient = grpcEchoClient(`127.0.0.1:${echo.port}`, ca);
    const rawEcho = rawClient.call;
    const getOrg = () => authed.call('OrgService', 'GetOrg', { orgId: 'bench' });
    await Promise.all(Array.from({ length: 200 }, getOrg));
    await Promise.all(Array.from({ length: 200 }, rawEcho));

    const concurrency = 32;
    const durationMs = options.quick ? 500 : 3000;
    const rounds = options.quick ? 1 : 3;
    options.progress(
      `authenticated GetOrg vs raw grpc-js echo, ${rounds} × ${durationMs} ms each, ${concurrency} in flight`,
    );
    const unary = await alternating(rounds, concurrency, durationMs, getOrg, rawEcho);
    if (unary.ours.errors > 0) throw new Error(`${unary.ours.errors} GetOrg calls failed`);

    const loginConcurrency = 4;
    const loginMs = options.quick ? 500 : 3000;
    options.progress(`Login vs raw scrypt (N=2^15), ${loginConcurrency} in flight`);
    const logins = await alternating(1, loginConcurrency, loginMs, login, () =>
      hashPassword(PASSWORD, DEFAULT_SCRYPT_COST),
    );
    rawClient.close();
    api.close();
    return [
      figure(
        BENCH,
        'authenticated_unary',
        unary.ours.perSecond,
        unary.baseline.perSecond,
        'calls/s',
        `GetOrg with a bearer token (authn, authz, validation, entity) vs raw grpc-js TLS echo; goal ratio >= 0.6`,
      ),
      figure(
        BENCH,
        'authenticated_unary_p99',
        percentile(unary.ours.latenciesMs, 99),
        percentile(unary.baseline.latenciesMs, 99),
        'ms',
        `p99 at ${concurrency} in flight; baseline: raw echo p99`,
      ),
      figure(
        BENCH,
        'login_per_s',
        logins.ours.perSecond,
        logins.baseline.perSecond,
        'logins/s',
        `Login (scrypt N=2^15 verify, session, token) vs raw scrypt hashes at ${loginConcurrency} in flight`,
      ),
    ];
  } finally {
    await echo.close();
    await node.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The echo server, with a certificate from the node's CA (so the client trusts both alike). */
async function startEchoServer(client: EntityClient): Promise<{ port: number; close: () => Promise<void> }> {
  const certificate = await NodeCertificate.obtain(
    async (command) => (await client.ask(ca, CLUSTER_CA_ID, command)) as IssueReply,
    { names: { commonName: 'echo', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] }, role: 'server' },
  );
  certificate.close();
  return startGrpcEchoServer({ key: certificate.current.key, cert: certificate.current.cert });
}
