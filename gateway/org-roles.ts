/**
 * The caller's role in an org, as the org entity says, cached for a short time: authorization
 * runs on every request and a role changes rarely. A change made through this gateway clears
 * the entry at once; one made elsewhere is seen within the TTL.
 */
import type { EntityClient } from '../actors/index.js';
import { org } from '../actors/index.js';
import type { ProtoRole } from './api-schema.js';
import type { RoleLookup } from './interceptor-authz.js';

const PROTO_ROLE = { guest: 'ROLE_GUEST', member: 'ROLE_MEMBER', admin: 'ROLE_ADMIN' } as const;
const MAX_ENTRIES = 100_000;

export class OrgRoles {
  readonly #client: EntityClient;
  readonly #ttlMs: number;
  readonly #cache = new Map<string, { role: ProtoRole | null; until: number }>();

  /** @param ttlMs - @default 2000 */
  constructor(client: EntityClient, ttlMs = 2000) {
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
        role: keyof typeof PROTO_ROLE | null;
      };
      role = reply.role === null ? null : PROTO_ROLE[reply.role];
    } catch (error) {
      // No such org: nobody has a role in it (and the caller learns no more than that).
      if ((error as { details?: { reason?: string } }).details?.reason === 'NOT_FOUND') role = null;
      else throw error;
    }
    if (this.#cache.size >= MAX_ENTRIES) this.#cache.clear();
    this.#cache.set(key, { role, until: now + this.#ttlMs });
    return role;
  };

  /** Forgets a cached role after a change through this gateway. */
  forget(orgId: string, accountId: string): void {
    this.#cache.delete(`${orgId}\n${accountId}`);
  }
}
