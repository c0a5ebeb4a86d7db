/**
 * A standalone node with its gRPC gateway, and an API client that trusts its CA; plus the steps
 * every gateway test needs: sign up and verify through the real mail outbox, log in.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { ApiClient, OutboxDirectory } from '../../gateway/index.js';
import type { ApiProtos, RedoubtModule } from '../../gateway/index.js';
import { NODE_MODULES, nodeApi } from '../../nodes/index.js';
import { startTestStandalone } from './standalone.js';
import type { StandaloneHandle } from './standalone.js';
import { signUpVerified } from './sign-up.js';

export interface GatewayHandle extends AsyncDisposable {
  readonly solo: StandaloneHandle;
  readonly api: ApiClient;
  readonly ca: string;
  readonly address: string;
  readonly outbox: OutboxDirectory;
  /** The modules the node runs. */
  readonly modules: readonly RedoubtModule[];
  /** Their API (for more clients: `ApiClient.connect(address, { ca, protos, serverName })`). */
  readonly protos: ApiProtos;
  /** Signs up, verifies the email with the mailed token, logs in; returns the tokens. */
  signUpAndLogin(email: string, password?: string): Promise<LoggedIn>;
}

export interface LoggedIn {
  readonly accountId: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly sessionId: string;
  /** An API client sending this account's access token. */
  readonly api: ApiClient;
}

export const PASSWORD = 'correct horse battery staple';

/**
 * @param log - the node's root logger; silent by default (see startTestStandalone)
 * @param modules - the modules the node runs, and its client calls: `[...NODE_MODULES, myModule]`
 *   adds a module under test
 */
export async function startTestGateway(
  extraArgs: string[] = [],
  log?: Logger,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<GatewayHandle> {
  // A cheap scrypt cost keeps sign-ups fast in tests (the default is 2^15), and matrix tests
  // make hundreds of calls as one account: rate limits are high unless a test sets its own.
  const solo = await startTestStandalone(
    [...['--scrypt-n', '1024', '--rate-per-account', '100000', '--rate-per-ip', '100000'], ...extraArgs],
    log,
    modules,
  );
  const node = solo.node;
  const ca = await readFile(node.caFile!, 'utf8');
  const address = `127.0.0.1:${node.grpcPort!}`;
  const protos = nodeApi(modules);
  const api = ApiClient.connect(address, { ca, protos, serverName: 'localhost' });
  const outbox = new OutboxDirectory(node.outbox!);
  return {
    solo,
    api,
    ca,
    address,
    outbox,
    modules,
    protos,
    async signUpAndLogin(email, password = PASSWORD) {
      const accountId = await signUpVerified(api, outbox, email, password);
      const tokens = await api.call<{ accessToken: string; refreshToken: string; sessionId: string }>(
        'AuthService',
        'Login',
        { email, password, device: 'test' },
      );
      return { accountId, ...tokens, api: api.withToken(tokens.accessToken) };
    },
    async [Symbol.asyncDispose]() {
      api.close();
      await solo[Symbol.asyncDispose]();
    },
  };
}
