/**
 * The operations of the mix, as a user of the API does them, and the ledger of writes the
 * cluster acknowledged (checked against the journal after the run). Each operation picks its
 * actor from the population with the seeded random source; tokens are refreshed before they
 * expire, as a real client does.
 */
import { ApiCallError } from '../../gateway/index.js';
import { OPERATIONS } from '../report/run-report.js';
import type { OperationName } from '../report/run-report.js';
import { logIn } from './population.js';
import type { Population, SimIssue, SimOrg, SimSession, SimUser } from './population.js';
import type { SeededRandom } from './seeded-random.js';

/** A write the cluster answered with success: it must be in the journal. */
export type AckedWrite =
  | { readonly type: 'createProject'; readonly orgId: string; readonly projectId: string }
  | {
      readonly type: 'moveIssue';
      readonly orgId: string;
      readonly projectId: string;
      readonly number: number;
      readonly column: string;
      /**
       * The issue's column was known and different, and no move of it had failed: the move must
       * appear as an event, in acknowledgement order among the issue's strict moves.
       */
      readonly strict: boolean;
    };

/** Access tokens live 5 minutes; a client refreshes before that. */
const REFRESH_AFTER_MS = 4 * 60_000;

/** The status an operation failed with: the gateway's `redoubt-code`, or the client-side cause. */
export function statusOf(error: unknown): string {
  return error instanceof ApiCallError ? error.code : 'CLIENT_ERROR';
}

/** The operation found nothing to act on (every issue busy): not sent, counted as skipped under its reason. */
export class WorkloadSkip extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'WorkloadSkip';
    this.reason = reason;
  }
}

export class Workload {
  readonly acked: AckedWrite[] = [];
  readonly #population: Population;
  readonly #random: SeededRandom;
  readonly #timeoutMs: number;
  readonly #names: OperationName[];
  readonly #weights: number[];
  #nextProject = 0;

  constructor(
    population: Population,
    mix: Readonly<Record<OperationName, number>>,
    random: SeededRandom,
    timeoutMs: number,
  ) {
    this.#population = population;
    this.#random = random;
    this.#timeoutMs = timeoutMs;
    this.#names = OPERATIONS.filter((op) => mix[op] > 0);
    this.#weights = this.#names.map((op) => mix[op]);
  }

  /** The next operation of the mix. */
  pick(): OperationName {
    return this.#names[this.#random.weighted(this.#weights)]!;
  }

  /** Runs one operation. @throws ApiCallError or WorkloadSkip */
  async run(operation: OperationName): Promise<void> {
    switch (operation) {
      case 'login':
        return this.#login();
      case 'refresh':
        return this.#refresh();
      case 'readOrg': {
        const org = this.#org();
        await this.#call(org, this.#random.pick(org.users), 'OrgService', 'GetOrg', { orgId: org.orgId });
        return;
      }
      case 'createProject': {
        const org = this.#org();
        const projectId = `s${++this.#nextProject}`;
        await this.#call(org, org.admin, 'ProjectService', 'CreateProject', {
          orgId: org.orgId,
          projectId,
          name: `Sim ${projectId}`,
        });
        org.projects.push(projectId);
        this.acked.push({ type: 'createProject', orgId: org.orgId, projectId });
        return;
      }
      case 'moveIssue':
        return this.#moveIssue();
      case 'readAudit': {
        const org = this.#org();
        await this.#call(org, org.admin, 'AuditService', 'List', { orgId: org.orgId, afterSeq: 0, limit: 50 });
        return;
      }
    }
  }

  async #login(): Promise<void> {
    const org = this.#org();
    const user = this.#random.pick(org.users);
    const slot = this.#random.below(user.sessions.length);
    if (user.sessions[slot]!.busy) throw new WorkloadSkip('SESSION_BUSY');
    user.sessions[slot] = await logIn(org.api, user.email, this.#population.password, this.#timeoutMs);
  }

  async #refresh(): Promise<void> {
    const org = this.#org();
    const user = this.#random.pick(org.users);
    const session = this.#random.pick(user.sessions);
    if (session.busy) throw new WorkloadSkip('SESSION_BUSY');
    await this.#refreshSession(org, user, session);
  }

  async #refreshSession(org: SimOrg, user: SimUser, session: SimSession): Promise<void> {
    session.busy = true;
    try {
      if (session.lost) {
        Object.assign(session, await logIn(org.api, user.email, this.#population.password, this.#timeoutMs));
        return;
      }
      const tokens = await org.api
        .call<{ accessToken: string; refreshToken: string }>(
          'AuthService',
          'Refresh',
          { refreshToken: session.refreshToken },
          { timeoutMs: this.#timeoutMs, token: null },
        )
        .catch((error: unknown) => {
          // The server may have rotated the token before the answer was lost: using the old one
          // again would look like theft and revoke the session, so the next refresh logs in.
          session.lost = true;
          throw error;
        });
      Object.assign(session, {
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        issuedAt: performance.now(),
      });
    } finally {
      session.busy = false;
    }
  }

  async #moveIssue(): Promise<void> {
    const org = this.#org();
    const idle = org.issues.filter((i) => !i.busy);
    if (idle.length === 0) throw new WorkloadSkip('NO_IDLE_ISSUE');
    const issue = this.#random.pick(idle);
    const known = issue.column;
    const column = this.#random.pick(org.columns.filter((c) => c !== known));
    const user = this.#random.pick(org.users);
    issue.busy = true;
    try {
      const reply = await this.#call<{ column: string }>(org, user, 'IssueService', 'MoveIssue', {
        orgId: org.orgId,
        projectId: issue.projectId,
        number: issue.number,
        column,
      });
      issue.column = reply.column;
      this.acked.push({
        type: 'moveIssue',
        orgId: org.orgId,
        projectId: issue.projectId,
        number: issue.number,
        column,
        strict: known !== undefined && !issue.tainted,
      });
    } catch (error) {
      markUnknown(issue);
      throw error;
    } finally {
      issue.busy = false;
    }
  }

  /** A call as `user`, with a fresh access token. */
  async #call<T = object>(org: SimOrg, user: SimUser, service: string, method: string, request: object): Promise<T> {
    const session = this.#random.pick(user.sessions);
    if (performance.now() - session.issuedAt > REFRESH_AFTER_MS && !session.busy)
      await this.#refreshSession(org, user, session);
    return org.api.call<T>(service, method, request, { timeoutMs: this.#timeoutMs, token: session.accessToken });
  }

  #org(): SimOrg {
    return this.#random.pick(this.#population.orgs);
  }
}

function markUnknown(issue: SimIssue): void {
  issue.column = undefined;
  issue.tainted = true;
}
