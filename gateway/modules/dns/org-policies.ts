/**
 * Each org's DNS settings as the resolver uses them, and which filtering applies to a query, from
 * whose it is: an org member's (their org's rule, the
 * rules of the projects and DNS groups they are in, their own), an org network's (the org's rule), or the
 * public's (every list the resolver offers). An org that set no rule of its own gets every list.
 * Each org's settings are read from its entity and read again every few seconds in the background
 * while queries go on with the last ones (a change made through this gateway is seen at once); a
 * read that fails keeps the last settings known.
 */
import { Blocklist } from '../../dns/blocklist.js';
import type { ListCatalog } from '../../dns/list-catalog.js';
import type { DnsPolicy, NamedList } from '../../dns/resolver.js';
import { dnsSettings } from '../../../domain/dns/index.js';
import type { DnsRule, DnsSettingsState } from '../../../domain/dns/index.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { LATER } from './later.js';
import { isOn } from './schedule.js';
import type { Who } from './who-asks.js';

/** How long an org's settings are used before they are read again. */
const SETTINGS_TTL_MS = 10_000;
const READ_TIMEOUT_MS = 2_000;
const MAX_ORGS = 10_000;

interface CompiledRule {
  readonly rule: DnsRule;
  readonly block: Blocklist | undefined;
  readonly allow: Blocklist | undefined;
}

interface OrgEntry {
  /** undefined: never read (out of reach since the gateway started). */
  readonly state: DnsSettingsState | undefined;
  readonly rules: ReadonlyMap<string, CompiledRule>;
  /** Whether some rule is a project's (a member's policy then needs membership lookups). */
  readonly hasProjectRules: boolean;
  /** The rules of the DNS groups each account is in (groups are part of the settings: no lookup). */
  readonly groupRules: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly until: number;
}

export class OrgPolicies {
  readonly #orgs = new Map<string, OrgEntry>();
  readonly #reads = new Map<string, Promise<OrgEntry>>();
  #public: DnsPolicy | undefined;

  constructor(
    private readonly parts: ServiceParts,
    private readonly catalog: ListCatalog,
  ) {}

  /**
   * The policy when the org's settings are fresh and no project rule needs a membership lookup,
   * else LATER: ask {@link policyFor}.
   */
  known(who: Who, at = Date.now()): DnsPolicy | typeof LATER {
    if (who.kind === 'public') return this.#everything();
    const cached = this.#cached(who.orgId);
    if (cached === undefined) return LATER;
    const orgRule = cached.rules.get('org');
    if (orgRule === undefined) return this.#everything();
    if (who.kind === 'network') return this.#combine([orgRule], at);
    if (cached.hasProjectRules) return LATER;
    const own = cached.rules.get(`user:${who.accountId}`);
    const groups = cached.groupRules.get(who.accountId) ?? [];
    return this.#combine(own === undefined ? [orgRule, ...groups] : [orgRule, ...groups, own], at);
  }

  async policyFor(who: Who, at = Date.now()): Promise<DnsPolicy> {
    if (who.kind === 'public') return this.#everything();
    const entry = await this.#settings(who.orgId);
    const rules = entry.rules;
    const applying: CompiledRule[] = [];
    const orgRule = rules.get('org');
    if (orgRule === undefined) return this.#everything();
    applying.push(orgRule);
    if (who.kind === 'member') {
      applying.push(...(entry.groupRules.get(who.accountId) ?? []));
      for (const [target, rule] of rules) {
        if (target.startsWith('project:') && (await this.#inProject(who.orgId, target.slice(8), who.accountId))) {
          applying.push(rule);
        }
      }
      const own = rules.get(`user:${who.accountId}`);
      if (own !== undefined) applying.push(own);
    }
    return this.#combine(applying, at);
  }

  /** The org's settings as last read (a few seconds old at most, unless its entity is out of reach). */
  async settingsOf(orgId: string): Promise<DnsSettingsState | undefined> {
    return (await this.#settings(orgId)).state;
  }

  /** Drops an org's settings (changed through this gateway). */
  forget(orgId: string): void {
    this.#orgs.delete(orgId);
  }

  #everything(): DnsPolicy {
    const lists = this.catalog.all();
    if (this.#public?.lists !== lists) this.#public = { lists };
    return this.#public;
  }

  #combine(rules: readonly CompiledRule[], at: number): DnsPolicy {
    const names = new Set<string>();
    const own: NamedList[] = [];
    const allow: Blocklist[] = [];
    for (const { rule, block, allow: allowed } of rules) {
      for (const name of rule.lists) names.add(name);
      for (const schedule of rule.schedules) if (isOn(schedule, at)) for (const name of schedule.lists) names.add(name);
      if (block !== undefined) own.push({ name: 'own', category: 'other', list: block });
      if (allowed !== undefined) allow.push(allowed);
    }
    const lists = [...names].flatMap((name) => this.catalog.get(name) ?? []);
    return { lists: [...own, ...lists], allow };
  }

  async #inProject(orgId: string, projectId: string, accountId: string): Promise<boolean> {
    try {
      const standing = await this.parts.roles.projectLookup(orgId, projectId, accountId, Date.now() + READ_TIMEOUT_MS);
      return standing.role !== null;
    } catch {
      return false;
    }
  }

  /** The org's settings: old ones go on serving while they are read again in the background. */
  async #settings(orgId: string): Promise<OrgEntry> {
    const cached = this.#cached(orgId);
    return cached ?? this.#refresh(orgId, undefined);
  }

  /** The org's settings without waiting (a refresh started when they are old); undefined before the first read. */
  #cached(orgId: string): OrgEntry | undefined {
    const cached = this.#orgs.get(orgId);
    if (cached !== undefined && cached.until <= Date.now()) void this.#refresh(orgId, cached);
    return cached;
  }

  #refresh(orgId: string, last: OrgEntry | undefined): Promise<OrgEntry> {
    let read = this.#reads.get(orgId);
    if (read === undefined) {
      read = this.#read(orgId, last).finally(() => this.#reads.delete(orgId));
      this.#reads.set(orgId, read);
    }
    return read;
  }

  async #read(orgId: string, last: OrgEntry | undefined): Promise<OrgEntry> {
    let entry: OrgEntry;
    try {
      const state = (await this.parts.client.ask(
        dnsSettings,
        orgId,
        { type: 'get' },
        { timeoutMs: READ_TIMEOUT_MS },
      )) as DnsSettingsState;
      const rules = compile(state);
      const hasProjectRules = [...rules.keys()].some((target) => target.startsWith('project:'));
      const groupRules = groupRulesOf(state, rules);
      entry = { state, rules, hasProjectRules, groupRules, until: Date.now() + SETTINGS_TTL_MS };
    } catch {
      // The org's entity is out of reach: its last settings beat none, for a little longer.
      entry = {
        state: last?.state,
        rules: last?.rules ?? new Map(),
        hasProjectRules: last?.hasProjectRules ?? false,
        groupRules: last?.groupRules ?? new Map(),
        until: Date.now() + SETTINGS_TTL_MS / 2,
      };
    }
    if (this.#orgs.size >= MAX_ORGS) this.#orgs.clear();
    this.#orgs.set(orgId, entry);
    return entry;
  }
}

/** For each account in a group with a rule, those groups' rules. */
function groupRulesOf(state: DnsSettingsState, rules: ReadonlyMap<string, CompiledRule>): Map<string, CompiledRule[]> {
  const byAccount = new Map<string, CompiledRule[]>();
  for (const [group, accountIds] of Object.entries(state.groups ?? {})) {
    const rule = rules.get(`group:${group}`);
    if (rule === undefined) continue;
    for (const accountId of accountIds) byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), rule]);
  }
  return byAccount;
}

function compile(state: DnsSettingsState): Map<string, CompiledRule> {
  const rules = new Map<string, CompiledRule>();
  for (const [target, rule] of Object.entries(state.rules)) {
    rules.set(target, {
      rule,
      block: rule.block.length === 0 ? undefined : Blocklist.of(rule.block.join('\n')),
      allow:
        rule.allow.length === 0
          ? undefined
          : Blocklist.of(rule.allow.map((name) => `@@||${name.replace(/^\*\./, '')}^`).join('\n')),
    });
  }
  return rules;
}
