/**
 * `npm run bench -- login`: sign-ins and second factors through the gRPC gateway of an embedded
 * node (the default password cost), each beside a raw baseline from the same run.
 * - passkey_login_per_s: StartPasskeyLogin + FinishPasskeyLogin (a discoverable credential of a
 *   software authenticator, user verified), 16 in flight, vs raw ECDSA P-256 verifications/s
 *   (node:crypto) in one loop: what a WebAuthn assertion costs at the least.
 * - passkey_vs_password_login: the same passkey logins/s vs password logins/s (scrypt at the
 *   default cost, the same accounts): a passkey login should cost a small fraction of one.
 * - totp_step_up_per_s: FactorService.VerifyTotp once per account with a fresh code, vs raw TOTP
 *   validations (otpauth: HMAC-SHA1 over three time steps).
 * - ldap_login_per_s (login-directory.ts): DirectoryService.LoginWithDirectory vs raw ldapts
 *   binds over LDAPS on the same private slapd.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { pino } from 'pino';
import { ApiClient, OutboxDirectory } from '../../gateway/index.js';
import { nodeApi, parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { figure } from './figure.js';
import type { Figure } from './figure.js';
import { inFlight, perSecond } from './in-flight.js';
import { directoryLoginFigure } from './login-directory.js';
import type { BenchOptions } from './runtime.js';
import { SoftAuthenticator } from './soft-authenticator.js';

const BENCH = 'login';
const PASSWORD = 'bench password that is long enough';
const IN_FLIGHT = 16;

export async function loginBench(options: BenchOptions): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-login-'));
  const config = parseNodeConfig('standalone', [
    ...['--data', join(dir, 'data'), '--key-file', join(dir, 'master.key'), '--node-id', 'bench'],
    ...['--http-port', '0', '--grpc-port', '0', '--rate-per-ip', '100000', '--rate-per-account', '100000'],
  ])!;
  const node = await startStandalone(config, pino({ level: 'silent' }));
  try {
    const ca = await readFile(node.caFile!, 'utf8');
    const api = ApiClient.connect(`127.0.0.1:${node.grpcPort!}`, { ca, protos: nodeApi(), serverName: 'localhost' });
    const origin = `https://localhost:${node.grpcPort!}`;
    const accounts = options.quick ? 16 : 120;
    options.progress(`${accounts} accounts: sign up, verify, log in, register a passkey, enrol an authenticator`);
    const enrolled = await enrol(api, new OutboxDirectory(node.outbox!), accounts, origin);

    options.progress(`password logins, ${IN_FLIGHT} in flight`);
    const passwordLogins = await perSecond(enrolled, IN_FLIGHT, ({ email }) =>
      api.call('AuthService', 'Login', { email, password: PASSWORD }),
    );
    options.progress(`passkey logins, ${IN_FLIGHT} in flight`);
    const passkeyLogins = await perSecond(enrolled, IN_FLIGHT, async ({ passkey }) => {
      const { optionsJson } = await api.call<{ optionsJson: string }>('PasskeyService', 'StartPasskeyLogin', {});
      await api.call('PasskeyService', 'FinishPasskeyLogin', { credentialJson: passkey.assert(optionsJson) });
    });
    options.progress(`VerifyTotp once per account, ${IN_FLIGHT} in flight`);
    // The next time step's code: the enrolment spent this one.
    const at = Date.now() + 30_000;
    const stepUps = await perSecond(enrolled, IN_FLIGHT, ({ client, secret }) =>
      client.call('FactorService', 'VerifyTotp', { code: totpOf(secret).generate({ timestamp: at }) }),
    );

    options.progress('raw P-256 verifications and TOTP validations');
    const rawVerifies = rawP256VerifiesPerS(options.quick ? 2_000 : 20_000);
    const rawTotp = rawValidationsPerS(enrolled[0]!.secret, options.quick ? 2_000 : 50_000);
    const ldap = await directoryLoginFigure(api, config.dataDir, options);
    api.close();
    const n = enrolled.length;
    return [
      figure(
        BENCH,
        'passkey_login_per_s',
        passkeyLogins,
        rawVerifies,
        'logins/s',
        `Start+FinishPasskeyLogin through the gateway, ${IN_FLIGHT} in flight, ${n} accounts; baseline: raw ECDSA P-256 verifications/s (node:crypto) in one loop`,
      ),
      figure(
        BENCH,
        'passkey_vs_password_login',
        passkeyLogins,
        passwordLogins,
        'logins/s',
        `passkey logins/s vs password logins/s (scrypt at the default cost) through the same gateway, ${IN_FLIGHT} in flight, ${n} accounts`,
      ),
      figure(
        BENCH,
        'totp_step_up_per_s',
        stepUps,
        rawTotp,
        'calls/s',
        `VerifyTotp through the gateway, ${IN_FLIGHT} in flight, ${n} accounts; baseline: raw otpauth validations/s in one loop`,
      ),
      ldap,
    ];
  } finally {
    await node.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface Enrolled {
  readonly email: string;
  readonly client: ApiClient;
  readonly secret: string;
  readonly passkey: SoftAuthenticator;
}

/** Signs up, verifies and logs in `count` accounts; each registers a passkey, then enrols an authenticator. */
async function enrol(api: ApiClient, outbox: OutboxDirectory, count: number, origin: string): Promise<Enrolled[]> {
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
    // The passkey first: with no other factor yet, a password session may add one.
    const passkey = new SoftAuthenticator(origin);
    const { optionsJson } = await client.call<{ optionsJson: string }>(
      'PasskeyService',
      'StartPasskeyRegistration',
      {},
    );
    await client.call('PasskeyService', 'FinishPasskeyRegistration', {
      credentialJson: passkey.register(optionsJson),
      name: 'Bench',
    });
    const { secret } = await client.call<{ secret: string }>('FactorService', 'StartTotp', {});
    await client.call('FactorService', 'ConfirmTotp', { code: totpOf(secret).generate() });
    enrolled.push({ email, client, secret, passkey });
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

/** ECDSA P-256 / SHA-256 verifications per second of an assertion-sized message. */
function rawP256VerifiesPerS(count: number): number {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const message = Buffer.alloc(37 + 32, 7);
  const signature = sign('sha256', message, privateKey);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    if (!verify('sha256', message, publicKey, signature)) throw new Error('raw P-256 verification failed');
  }
  return count / ((performance.now() - started) / 1000);
}
