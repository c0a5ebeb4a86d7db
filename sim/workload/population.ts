/**
 * The simulated population, created through the gateways the way real users arrive: per region a
 * superadmin (over the gateway's admin socket), then per org its users (sign-up, the verification
 * token read from the gateway's mail outbox, verify, log in once per session), the org with its
 * first user as admin, the others as members of the org and of every project, and the issues.
 * The password is random per run and never printed.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ApiClient, OutboxDirectory } from '../../gateway/index.js';
import { nodeApi } from '../../nodes/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { bounded } from '../cluster/cluster-client.js';
import type { GatewayEndpoint } from '../cluster/sim-cluster.js';
import { SimSetupError } from '../errors.js';
import type { PopulationShape } from '../report/run-report.js';
import type { PopulationSpec } from './workload-config.js';

export interface SimSession {
  accessToken: string;
  refreshToken: string;
  /** `performance.now()` when the access token was issued (tokens live 5 minutes). */
  issuedAt: number;
  /** A refresh is in flight: its refresh token must not be used twice (reuse revokes the session). */
  busy: boolean;
  /** A refresh failed with an unknown outcome: the refresh token may be spent, so log in again. */
  lost: boolean;
}

export interface SimUser {
  readonly email: string;
  readonly accountId: string;
  readonly admin: boolean;
  readonly sessions: SimSession[];
}

export interface SimIssue {
  readonly projectId: string;
  readonly number: number;
  /** The column as last answered; undefined after a failed move (the outcome is unknown). */
  column: string | undefined;
  /** A move is in flight: moves of one issue are serialised, so acknowledged moves have an order. */
  busy: boolean;
  /** A move of it failed once: a late apply may reorder later moves, so they are checked loosely. */
  tainted: boolean;
}

export interface SimOrg {
  readonly orgId: string;
  readonly region: string;
  /** The client of the gateway this org's users talk to. */
  readonly api: ApiClient;
  readonly users: readonly SimUser[];
  readonly admin: SimUser;
  readonly projects: string[];
  readonly issues: readonly SimIssue[];
  readonly columns: readonly string[];
}

export interface Population {
  readonly orgs: readonly SimOrg[];
  readonly password: string;
  shape(): PopulationShape;
  close(): void;
}

/** Sign-ups, logins and setup calls in flight at once (sign-ups and logins are scrypt-bound). */
const SETUP_CONCURRENCY = 8;
const SETUP_TIMEOUT_MS = 60_000;

export interface PopulationOptions {
  readonly spec: PopulationSpec;
  readonly regions: readonly string[];
  readonly gateways: readonly GatewayEndpoint[];
  /** The CA bundle the gateways' certificates chain to. */
  readonly ca: string;
  readonly progress?: (message: string) => void;
}

/** @throws SimSetupError naming the step that failed */
export async function createPopulation(options: PopulationOptions): Promise<Population> {
  const { spec, regions } = options;
  const progress = options.progress ?? (() => undefined);
  const password = randomBytes(18).toString('base64url');
  const clients = new Map(
    options.gateways.map((g) => [
      g.name,
      ApiClient.connect(g.address, { ca: options.ca, protos: nodeApi(), serverName: 'localhost' }),
    ]),
  );
  const close = () => clients.forEach((client) => client.close());
  try {
    const gatewaysOf = (region: string) => options.gateways.filter((g) => g.region === region);
    const call = <T>(api: ApiClient, step: string, service: string, method: string, request: object, token?: string) =>
      api.call<T>(service, method, request, { timeoutMs: SETUP_TIMEOUT_MS, token }).catch((error: unknown) => {
        throw new SimSetupError(`setup: ${step}: ${(error as Error).message}`, { cause: error });
      });

    progress(`superadmins in ${regions.join(', ')}`);
    const superadmins = new Map<string, string>();
    for (const region of regions) {
      const gateway = gatewaysOf(region)[0]!;
      const email = `root@${region}.sim.example`;
      await callAdmin(gateway.dataDir, { op: 'create-superadmin', email, displayName: 'Sim root', password });
      const { accessToken } = await call<{ accessToken: string }>(
        clients.get(gateway.name)!,
        `superadmin login in ${region}`,
        'AuthService',
        'Login',
        { email, password },
      );
      superadmins.set(region, accessToken);
    }

    const plans = Array.from({ length: spec.orgs }, (_, i) => {
      const region = regions[i % regions.length]!;
      const regionGateways = gatewaysOf(region);
      const gateway = regionGateways[Math.floor(i / regions.length) % regionGateways.length]!;
      return { orgId: `sim-org-${i + 1}`, region, gateway, api: clients.get(gateway.name)! };
    });

    const accounts = spec.orgs * spec.usersPerOrg;
    progress(`${accounts} accounts: sign up`);
    const signUps = plans.flatMap((plan) =>
      Array.from({ length: spec.usersPerOrg }, (_, u) => ({ plan, email: `u${u + 1}@${plan.orgId}.sim.example` })),
    );
    const accountIds = await bounded(signUps, SETUP_CONCURRENCY, async ({ plan, email }) => {
      const { accountId } = await call<{ accountId: string }>(plan.api, `sign up ${email}`, 'AuthService', 'SignUp', {
        email,
        password,
        displayName: email.split('@')[0],
      });
      return accountId;
    });
    progress(`${accounts} accounts: verify from the outbox`);
    const tokens = new Map<string, string>();
    for (const gateway of options.gateways)
      for (const mail of await new OutboxDirectory(join(gateway.dataDir, 'outbox')).read()) {
        const token = /Verification token: (\S+)/.exec(mail.text)?.[1];
        if (token !== undefined) tokens.set(mail.to, token);
      }
    await bounded(signUps, SETUP_CONCURRENCY, async ({ plan, email }, i) => {
      const token = tokens.get(email);
      if (token === undefined) throw new SimSetupError(`setup: no verification mail for ${email} in the outbox`);
      await call(plan.api, `verify ${email}`, 'AuthService', 'VerifyEmail', { accountId: accountIds[i]!, token });
    });
    progress(`${accounts * spec.sessionsPerUser} sessions: log in`);
    const sessions = await bounded(signUps, SETUP_CONCURRENCY, async ({ plan, email }) => {
      const list: SimSession[] = [];
      for (let s = 0; s < spec.sessionsPerUser; s++)
        list.push(await logIn(plan.api, email, password, SETUP_TIMEOUT_MS));
      return list;
    });
    const users = signUps.map(({ email }, i): SimUser => ({
      email,
      accountId: accountIds[i]!,
      admin: i % spec.usersPerOrg === 0,
      sessions: sessions[i]!,
    }));

    progress(`${spec.orgs} orgs with ${spec.projectsPerOrg} projects and ${spec.issuesPerProject} issues each`);
    const orgs = await bounded(plans, SETUP_CONCURRENCY, async (plan, i) => {
      const { orgId, region, api } = plan;
      const orgUsers = users.slice(i * spec.usersPerOrg, (i + 1) * spec.usersPerOrg);
      const admin = orgUsers[0]!;
      const token = admin.sessions[0]!.accessToken;
      await call(
        api,
        `create ${orgId}`,
        'OrgService',
        'CreateOrg',
        { orgId, name: `Sim org ${i + 1}`, homeRegion: region, adminAccountId: admin.accountId },
        superadmins.get(region),
      );
      for (const member of orgUsers.slice(1))
        await call(
          api,
          `add member to ${orgId}`,
          'OrgService',
          'AddMember',
          { orgId, accountId: member.accountId, role: 'ROLE_MEMBER' },
          token,
        );
      const projects: string[] = [];
      const issues: SimIssue[] = [];
      let columns: readonly string[] = [];
      for (let p = 1; p <= spec.projectsPerOrg; p++) {
        const projectId = `p${p}`;
        const created = await call<{ columns: string[] }>(
          api,
          `create ${orgId}/${projectId}`,
          'ProjectService',
          'CreateProject',
          { orgId, projectId, name: `Project ${p}` },
          token,
        );
        columns = created.columns;
        projects.push(projectId);
        for (const member of orgUsers.slice(1))
          await call(
            api,
            `add member to ${orgId}/${projectId}`,
            'ProjectService',
            'AddProjectMember',
            { orgId, projectId, accountId: member.accountId, role: 'ROLE_MEMBER' },
            token,
          );
        for (let n = 1; n <= spec.issuesPerProject; n++) {
          const issue = await call<{ number: number; column: string }>(
            api,
            `create an issue in ${orgId}/${projectId}`,
            'IssueService',
            'CreateIssue',
            { orgId, projectId, title: `Issue ${n}` },
            token,
          );
          issues.push({ projectId, number: issue.number, column: issue.column, busy: false, tainted: false });
        }
      }
      return { orgId, region, api, users: orgUsers, admin, projects, issues, columns } satisfies SimOrg;
    });
    return {
      orgs,
      password,
      shape: () => ({
        orgs: orgs.length,
        projects: orgs.reduce((n, o) => n + o.projects.length, 0),
        issues: orgs.reduce((n, o) => n + o.issues.length, 0),
        users: users.length,
        sessions: users.reduce((n, u) => n + u.sessions.length, 0),
      }),
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

/** Logs in once: a new session with its tokens. */
export async function logIn(api: ApiClient, email: string, password: string, timeoutMs: number): Promise<SimSession> {
  const tokens = await api.call<{ accessToken: string; refreshToken: string }>(
    'AuthService',
    'Login',
    { email, password, device: 'sim' },
    { timeoutMs, token: null },
  );
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    issuedAt: performance.now(),
    busy: false,
    lost: false,
  };
}
