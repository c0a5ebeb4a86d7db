/**
 * The admin console: every RPC of the .proto files of the modules the node runs (nodes/modules.ts)
 * is a command, built at run time from the descriptors: `redoubt console <service> <method> [--field value …]` (or `redoubt <service>
 * <method>`), help from the proto comments and field rules, `--json` input and `--output json`,
 * tables for lists. `login` saves the session (0600); TLS verification is always on.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { escapeControls } from '../actors/index.js';
import { ApiCallError, ApiClient, loadApiSchema } from '../gateway/index.js';
import type { ApiMethod, ApiProtos, ApiSchema, RedoubtModule } from '../gateway/index.js';
import { NODE_MODULES, nodeApi } from '../nodes/modules.js';
import { methodCommand, serviceCommand } from './command-names.js';
import { consoleHelp, DEFAULT_ADDRESS, DEFAULT_CA, LOGIN_OPTIONS } from './console-help.js';
import { ConsoleUsageError } from './errors.js';
import { render } from './output.js';
import { readPasswordFile } from './password-file.js';
import { parseRequestFlags } from './request-flags.js';
import { forgetSession, loadSession, saveSession, sessionFilePath } from './session-file.js';
import type { SavedSession } from './session-file.js';

/** Refresh the access token when it has less than this left. */
const REFRESH_MARGIN_MS = 30_000;

export interface ConsoleIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

const PROCESS_IO: ConsoleIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
};

/**
 * The service command names (`auth`, `org`, …).
 * @param modules - the modules whose services are commands @default NODE_MODULES
 */
export function consoleServices(modules: readonly RedoubtModule[] = NODE_MODULES): string[] {
  return [...loadApiSchema(nodeApi(modules)).services.keys()].map(serviceCommand);
}

/**
 * Runs one console command line.
 * @param modules - the modules whose services are commands (those of the gateway it calls)
 *   @default NODE_MODULES
 * @returns the exit code: 0, 1 for a failed call (the status is printed), 2 for a usage error
 */
export async function runConsole(
  argv: readonly string[],
  io: ConsoleIo = PROCESS_IO,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<number> {
  const help = consoleHelp(argv, modules);
  if (help !== undefined) {
    io.stdout(help);
    return 0;
  }
  const protos = nodeApi(modules);
  const schema = loadApiSchema(protos);
  try {
    const [first, second, ...rest] = argv;
    if (first === 'login')
      return await login(
        [second, ...rest].filter((a) => a !== undefined),
        io,
        protos,
      );
    if (first === 'logout') {
      await forgetSession(sessionFilePath(io.env));
      io.stdout('logged out: the saved session is deleted\n');
      return 0;
    }
    const service = [...schema.services.entries()].find(([name]) => serviceCommand(name) === first);
    if (service === undefined)
      throw new ConsoleUsageError(`unknown service "${first}"; services: ${consoleServicesOf(schema).join(', ')}`);
    const [, methods] = service;
    const method = [...methods.values()].find((m) => methodCommand(m.name) === second);
    if (method === undefined) {
      throw new ConsoleUsageError(
        `unknown command "${second}" of ${first}; commands: ${[...methods.values()].map((m) => methodCommand(m.name)).join(', ')}`,
      );
    }
    return await call(method, rest, io, protos);
  } catch (error) {
    if (error instanceof ConsoleUsageError) {
      io.stderr(`redoubt console: ${escapeControls(error.message)}\n`);
      return 2;
    }
    if (error instanceof ApiCallError) {
      // The message may quote what was stored (a name): it must not drive the terminal.
      const text = `${error.message}${error.field ? ` (field ${error.field})` : ''}${error.reason ? ` [${error.reason}]` : ''}`;
      io.stderr(`${escapeControls(text)}\n`);
      if (error.stepUp !== undefined) {
        io.stderr(
          `step up (${escapeControls(error.stepUp)}): repeat the command with --totp CODE or --recovery-code CODE\n`,
        );
      }
      return 1;
    }
    throw error;
  }
}

async function call(method: ApiMethod, argv: readonly string[], io: ConsoleIo, protos: ApiProtos): Promise<number> {
  const { request: fromFlags, own } = parseRequestFlags(argv, method.request);
  let request = fromFlags;
  if (typeof own['json'] === 'string') {
    const text = own['json'] === '-' ? await readAll(io.stdin) : own['json'];
    try {
      request = { ...(JSON.parse(text) as Record<string, unknown>), ...fromFlags };
    } catch {
      throw new ConsoleUsageError('--json: the request is not JSON');
    }
  }
  const output = own['output'] ?? (own['json'] !== undefined ? 'json' : 'text');
  if (output !== 'json' && output !== 'text') throw new ConsoleUsageError('--output must be json or text');
  const path = sessionFilePath(io.env);
  const saved = await loadSession(path);
  if (method.access.scope !== 'SCOPE_PUBLIC' && saved === undefined) {
    throw new ConsoleUsageError('not logged in: run redoubt console login --email EMAIL first');
  }
  const api = await clientFor(own, saved, protos);
  try {
    const token = method.access.scope === 'SCOPE_PUBLIC' ? undefined : await accessToken(api, saved, path);
    const service = method.service.slice(method.service.lastIndexOf('.') + 1);
    const timeoutMs = own['timeout-ms'] === undefined ? 30_000 : Number(own['timeout-ms']);
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0)
      throw new ConsoleUsageError('--timeout-ms must be a positive whole number');
    const send = (bearer: string | undefined) =>
      api.call(service, method.name, request, {
        timeoutMs,
        ...(bearer === undefined ? { token: null } : { token: bearer }),
        ...(typeof own['issue'] === 'string' ? { metadata: { 'x-redoubt-issue': own['issue'] } } : {}),
      });
    let response: Record<string, unknown>;
    try {
      response = await send(token);
    } catch (error) {
      const factor = await stepUpFactor(error, own, io);
      if (factor === undefined || saved === undefined || token === undefined) throw error;
      // Asked for a stronger sign-in and given a factor: prove it, keep the new token, call again.
      response = await send(await stepUp(api, factor, token, saved, path));
    }
    io.stdout(render(response, method.response, output === 'json'));
    if (output === 'text') io.stdout(qrCodesOf(response));
    return 0;
  } finally {
    api.close();
  }
}

/**
 * The factor to step up with when the call was refused for want of one: from the command line, or
 * asked for on a terminal (six digits are an authenticator's code, anything else a recovery code).
 */
async function stepUpFactor(
  error: unknown,
  own: Record<string, string | true>,
  io: ConsoleIo,
): Promise<{ method: 'VerifyTotp' | 'UseRecoveryCode'; code: string } | undefined> {
  if (!(error instanceof ApiCallError)) return undefined;
  if (error.reason !== 'STEP_UP_REQUIRED' && error.reason !== 'SECOND_FACTOR_REQUIRED') return undefined;
  if (typeof own['totp'] === 'string') return { method: 'VerifyTotp', code: own['totp'] };
  if (typeof own['recovery-code'] === 'string') return { method: 'UseRecoveryCode', code: own['recovery-code'] };
  if ((io.stdin as { isTTY?: boolean }).isTTY !== true) return undefined;
  io.stderr(
    `${escapeControls(error.message)}\nAuthenticator code (or a recovery code) to step up (${escapeControls(error.stepUp ?? 'level=2')}): `,
  );
  const typed = (await firstLine(io.stdin)).trim();
  if (typed.length === 0) return undefined;
  return /^\d{6}$/.test(typed) ? { method: 'VerifyTotp', code: typed } : { method: 'UseRecoveryCode', code: typed };
}

/** The first line a stream gives (what a person types before Enter). */
async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += Buffer.from(chunk as Buffer).toString('utf8');
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end);
  }
  return text;
}

/** Proves a factor on the saved session and saves the stronger access token. @returns it */
async function stepUp(
  api: ApiClient,
  factor: { method: 'VerifyTotp' | 'UseRecoveryCode'; code: string },
  token: string,
  saved: SavedSession,
  path: string,
): Promise<string> {
  const tokens = await api.call<{ accessToken: string; accessExpiresAt: number }>(
    'FactorService',
    factor.method,
    { code: factor.code },
    { token },
  );
  await saveSession(path, { ...saved, accessToken: tokens.accessToken, accessExpiresAt: tokens.accessExpiresAt });
  return tokens.accessToken;
}

/** An `otpauth://` URI in a response (enrolling an authenticator) as a QR code to scan, else nothing. */
function qrCodesOf(response: Record<string, unknown>): string {
  const uris = Object.values(response).filter(
    (value): value is string => typeof value === 'string' && value.startsWith('otpauth://'),
  );
  return uris
    .map((uri) => `\nScan with your authenticator app:\n${renderUnicodeCompact(uri, { border: 2 })}\n`)
    .join('');
}

async function clientFor(
  own: Record<string, string | true>,
  saved: SavedSession | undefined,
  protos: ApiProtos,
): Promise<ApiClient> {
  const address = (own['address'] as string | undefined) ?? saved?.address ?? DEFAULT_ADDRESS;
  const caFile = resolve((own['ca'] as string | undefined) ?? saved?.ca ?? DEFAULT_CA);
  let ca: string;
  try {
    ca = await readFile(caFile, 'utf8');
  } catch {
    throw new ConsoleUsageError(
      `cannot read the gateway's CA bundle ${caFile}: give --ca FILE (a standalone node writes <data>/tls/ca.pem); TLS verification is never turned off`,
    );
  }
  const serverName = (own['server-name'] as string | undefined) ?? saved?.serverName ?? serverNameOf(address);
  return ApiClient.connect(address, { ca, protos, ...(serverName === undefined ? {} : { serverName }) });
}

/** A loopback IP address is checked as `localhost`, the name the gateway's certificate carries. */
function serverNameOf(address: string): string | undefined {
  return /^(127\.\d+\.\d+\.\d+|\[::1\]):\d+$/.test(address) ? 'localhost' : undefined;
}

/** The saved access token, refreshed (and the rotated refresh token saved) when about to expire. */
async function accessToken(api: ApiClient, saved: SavedSession | undefined, path: string): Promise<string> {
  if (saved === undefined) throw new ConsoleUsageError('not logged in: run redoubt console login --email EMAIL first');
  if (saved.accessExpiresAt - Date.now() > REFRESH_MARGIN_MS) return saved.accessToken;
  const tokens = await api.call<{ accessToken: string; accessExpiresAt: number; refreshToken: string }>(
    'AuthService',
    'Refresh',
    { refreshToken: saved.refreshToken },
    { token: null },
  );
  await saveSession(path, { ...saved, ...tokens });
  return tokens.accessToken;
}

async function login(argv: readonly string[], io: ConsoleIo, protos: ApiProtos): Promise<number> {
  let own: Record<string, string | boolean | undefined>;
  try {
    own = parseArgs({ args: [...argv], options: LOGIN_OPTIONS, strict: true }).values;
  } catch (error) {
    throw new ConsoleUsageError(`${(error as Error).message}; see redoubt console login --help`);
  }
  const email = own['email'] as string | undefined;
  if (email === undefined)
    throw new ConsoleUsageError('login needs --email EMAIL (the password comes from --password-file FILE or stdin)');
  const passwordFile = own['password-file'] as string | undefined;
  const password =
    passwordFile !== undefined
      ? await readPasswordFile(resolve(passwordFile))
      : ((await readAll(io.stdin)).split('\n')[0]?.replace(/\r$/, '') ?? '');
  if (password.length === 0)
    throw new ConsoleUsageError(
      'login reads the password from --password-file FILE or stdin: echo it, or type it and press Ctrl-D',
    );
  const address = (own['address'] as string | undefined) ?? DEFAULT_ADDRESS;
  const ca = resolve((own['ca'] as string | undefined) ?? DEFAULT_CA);
  const serverName = (own['server-name'] as string | undefined) ?? serverNameOf(address);
  const api = await clientFor(
    { address, ca, ...(serverName === undefined ? {} : { 'server-name': serverName }) },
    undefined,
    protos,
  );
  try {
    const tokens = await api.call<{
      accountId: string;
      accessToken: string;
      accessExpiresAt: number;
      refreshToken: string;
    }>('AuthService', 'Login', { email, password, device: 'redoubt console' }, { token: null });
    const path = sessionFilePath(io.env);
    await saveSession(path, { address, ca, ...(serverName === undefined ? {} : { serverName }), ...tokens });
    io.stdout(`logged in as ${tokens.accountId}; session saved in ${path} (mode 0600)\n`);
    return 0;
  } finally {
    api.close();
  }
}

/** The service commands, sorted (the order of the modules is the help's). */
function consoleServicesOf(schema: ApiSchema): string[] {
  return [...schema.services.keys()].map(serviceCommand).sort();
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
