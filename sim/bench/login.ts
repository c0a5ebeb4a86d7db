/**
 * `npm run bench -- login`: second factors through the gRPC gateway of an embedded node, beside a
 * raw baseline from the same run.
 * - totp_step_up_per_s: FactorService.VerifyTotp (token checked, the factors entity proves the code
 *   and records its time step, the session records the factor, a new access token is signed), at 16
 *   in flight, each call on its own account with a fresh code (a code works once per account), vs
 *   raw TOTP validations (otpauth: HMAC-SHA1 over three time steps) in one loop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import * as OTPAuth from 'otpauth';
import { pino } from 'pino';
import { ApiClient, OutboxDirectory } from '../../gateway/index.js';
import { nodeApi, parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { figure } from './figure.js';
import type { Figure } from './figure.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'login';
const PASSWORD = 'bench password that is long enough';
const IN_FLIGHT = 16;

export async function loginBench(options: BenchOptions): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-login-'));
  const config = parseNodeConfig('standalone', [
    ...['--data', join(dir, 'data'), '--key-file', join(dir, 'master.key'), '--node-id', 'bench'],
    ...['--http-port', '0', '--grpc-port', '0', '--rate-per-ip', '100000', '--rate-per-account', '100000'],
    // Cheap sign-ups: the figures are about second factors, not the password KDF.
    ...['--scrypt-n', '1024'],
  ])!;
  const node = await startStandalone(config, pino({ level: 'silent' }));
  try {
    const ca = await readFile(node.caFile!, 'utf8');
    const api = ApiClient.connect(`127.0.0.1:${node.grpcPort!}`, { ca, protos: nodeApi(), serverName: 'localhost' });
    const accounts = options.quick ? 32 : 400;
    options.progress(`${accounts} accounts: sign up, verify, log in, enrol an authenticator`);
    const enrolled = await enrol(api, new OutboxDirectory(node.outbox!), accounts);

    options.progress(`VerifyTotp once per account, ${IN_FLIGHT} in flight`);
    // The next time step's code: the enrolment spent this one.
    const at = Date.now() + 30_000;
    const started = performance.now();
    await inFlight(enrolled, IN_FLIGHT, ({ client, secret }) =>
      client.call('FactorService', 'VerifyTotp', { code: totpOf(secret).generate({ timestamp: at }) }),
    );
    const stepUps = enrolled.length / ((performance.now() - started) / 1000);

    options.progress('raw TOTP validations');
    const raw = rawValidationsPerS(enrolled[0]!.secret, options.quick ? 2_000 : 50_000);
    api.close();
    return [
      figure(
        BENCH,
        'totp_step_up_per_s',
        stepUps,
        raw,
        'calls/s',
        `VerifyTotp through the gateway, ${IN_FLIGHT} in flight, ${enrolled.length} accounts; baseline: raw otpauth validations/s in one loop`,
      ),
    ];
  } finally {
    await node.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface Enrolled {
  readonly client: ApiClient;
  readonly secret: string;
}

/** Signs up, verifies and logs in `count` accounts, and enrols an authenticator for each. */
async function enrol(api: ApiClient, outbox: OutboxDirectory, count: number): Promise<Enrolled[]> {
  const emails = Array.from({ length: count }, (_, i) => `bench${i}@example.org`);
  const accountIds = new Map<string, string>();
  await inFlight(emails, IN_FLIGHT, async (email) => {
    const { accountId } = await api.call<{ accountId: string }>('AuthService', 'SignUp', {
      email,
      password: PASSWORD,
      displayName: 'Bench',
    });
    accountIds.set(email, accountId);
  });
  const tokens = new Map<string, string>();
  for (const mail of await outbox.read()) {
    const token = /Verification token: (\S+)/.exec(mail.text)?.[1];
    if (token !== undefined) tokens.set(mail.to, token);
  }
  const enrolled: Enrolled[] = [];
  await inFlight(emails, IN_FLIGHT, async (email) => {
    await api.call('AuthService', 'VerifyEmail', { accountId: accountIds.get(email), token: tokens.get(email) });
    const { accessToken } = await api.call<{ accessToken: string }>('AuthService', 'Login', {
      email,
      password: PASSWORD,
    });
    const client = api.withToken(accessToken);
    const { secret } = await client.call<{ secret: string }>('FactorService', 'StartTotp', {});
    await client.call('FactorService', 'ConfirmTotp', { code: totpOf(secret).generate() });
    enrolled.push({ client, secret });
  });
  return enrolled;
}

function totpOf(secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
}

/** Validations of a current code per second (window 1, as the factors entity checks). */
function rawValidationsPerS(secret: string, count: number): number {
  const totp = totpOf(secret);
  const code = totp.generate();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    if (totp.validate({ token: code, window: 1 }) === null) throw new Error('raw TOTP validation failed');
  }
  return count / ((performance.now() - started) / 1000);
}

/** Runs `work` on each item, at most `limit` at a time. */
async function inFlight<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
