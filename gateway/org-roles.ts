/**
 * The caller's role in an org, as the org entity says, cached: authorization runs on every
 * request and a role changes rarely. A change made through this gateway clears the entry at
 * once, one made elsewhere when its node announces it (see role-changes.ts); the TTL only bounds
 * how long an announcement missed during a NATS outage can leave an entry stale.
 */
import { isNotFound } from '../actors/index.js';
import type { EntityClient } from '../actors/index.js';
import type { AssuranceNeed, OrgRole, ProjectPolicy } from '../domain/index.js';
import { PROTO_ROLE } from './role-names.js';
import { NO_NEED, org, project, strictest } from '../domain/index.js';
import type { ProtoRole } from './api-schema.js';
import type { ProjectLookup, ProjectStanding, RoleLookup } from './interceptor-authz.js';

const MAX_ENTRIES = 100_000;

export class OrgRoles {
  readonly #client: EntityClient;
  readonly #ttlMs: number;
  readonly #cache = new Map<string, { role: ProtoRole | null; until: number }>();
  readonly #projects = new Map<string, { standing: ProjectStanding; until: number }>();

  /** @param ttlMs - @default 30000 */
  constructor(client: EntityClient, ttlMs = 30_000) {
    this.#client = client;
    this.#ttlMs = ttlMs;
  }

  readonly lookup: RoleLookup = async (orgId, accountId, deadline) => {
    const key = `${orgId}\n${accountId}`;
    const now = Date.now();
    const cached = this.#cache.get(key);
    if (cached !== undefined && cached.until > now) return cached.role;
    let role: ProtoRole | null;
    try {
      const reply = (await this.#client.ask(org, orgId, { type: 'roleOf', accountId }, { deadline })) as {
        role: OrgRole | null;
      };
      role = reply.role === null ? null : PROTO_ROLE[reply.role];
    } catch (error) {
      // No such org: nobody has a role in it (and the caller learns no more than that).
      if (isNotFound(error)) role = null;
      else throw error;
    }
    if (this.#cache.size >= MAX_ENTRIES) this.#cache.clear();
    this.#cache.set(key, { role, until: now + this.#ttlMs });
    return role;
  };

  /**
   * A project member's standing, with what the project's policy asks of the member's class; an
   * admin of the org is an admin of each of its projects.
   */
  readonly projectLookup: ProjectLookup = async (orgId, projectId, accountId, deadline) => {
    const orgAdmin = (await this.lookup(orgId, accountId, deadline)) === 'ROLE_ADMIN';
    const key = `${orgId}/${projectId}\n${accountId}`;
    const now = Date.now();
    const cached = this.#projects.get(key);
    if (cached !== undefined && cached.until > now) return cached.standing;
    let standing: ProjectStanding;
    try {
      const reply = (await this.#client.ask(
        project,
        `${orgId}/${projectId}`,
        { type: 'roleOf', accountId },
        { deadline },
      )) as { role: OrgRole | null; external: boolean; policy: ProjectPolicy };
      const role = orgAdmin ? 'ROLE_ADMIN' : reply.role === null ? null : PROTO_ROLE[reply.role];
      const external = !orgAdmin && reply.external;
      standing = {
        role,
        external,
        need: needOf(reply.policy, role, external),
        smsAllowed: reply.policy.smsAllowed === true,
      };
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // No such project: an org admin still administers it (to create it), nobody else is in it.
      standing = { role: orgAdmin ? 'ROLE_ADMIN' : null, external: false, need: NO_NEED, smsAllowed: false };
    }
    if (this.#projects.size >= MAX_ENTRIES) this.#projects.clear();
    this.#projects.set(key, { standing, until: now + this.#ttlMs });
    return standing;
  };

  /** Forgets a cached role after a change through this gateway. */
  forget(orgId: string, accountId: string): void {
    this.#cache.delete(`${orgId}\n${accountId}`);
  }

  /** Forgets every cached role and standing in an org (its members or a project's changed elsewhere). */
  forgetOrg(orgId: string): void {
    const prefix = `${orgId}\n`;
    for (const key of this.#cache.keys()) if (key.startsWith(prefix)) this.#cache.delete(key);
    for (const key of this.#projects.keys()) if (key.startsWith(`${orgId}/`)) this.#projects.delete(key);
  }

  /** Forgets a project's cached standings after a change to its members or policy. */
  forgetProject(orgId: string, projectId: string): void {
    for (const key of this.#projects.keys()) if (key.startsWith(`${orgId}/${projectId}\n`)) this.#projects.delete(key);
  }
}

/** What a project's policy asks of one member: its class's need, and a second factor of externals if the flag says so. */
function needOf(policy: ProjectPolicy, role: ProtoRole | null, external: boolean): AssuranceNeed {
  const assurance = policy.assurance ?? {};
  const ofClass =
    (external ? assurance.externals : role === 'ROLE_ADMIN' ? assurance.admins : assurance.members) ?? NO_NEED;
  const flag = external && policy.externalsNeedSecondFactor ? { ...NO_NEED, level: 2 } : NO_NEED;
  return strictest(ofClass, flag);
}
