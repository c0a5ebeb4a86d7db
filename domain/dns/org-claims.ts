/**
 * An index of what orgs claim, one entity for the platform: each org's items (networks, zones)
 * replaced as a whole, and an item that overlaps another org's refused. Which org holds what is
 * not told to the refused admin: which orgs use which networks or zones is not theirs to learn.
 */
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  InvalidCommandError,
  parseOrgId,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision, EntityKind } from '../../actors/index.js';

/** Most orgs with claims in one index. */
export const MAX_CLAIMING_ORGS = 10_000;

export interface OrgClaims {
  readonly orgId: string;
  readonly items: readonly string[];
}

export type ClaimsCommand =
  /** The org's items, replacing what it had; none takes it out. */
  { readonly type: 'set'; readonly orgId: string; readonly items: readonly string[] } | { readonly type: 'list' };

export type ClaimsEvent = { readonly type: 'set'; readonly orgId: string; readonly items: readonly string[] };

export type ClaimsReply = { readonly ok: true } | { readonly orgs: readonly OrgClaims[] };

export interface ClaimsState {
  readonly orgs: Readonly<Record<string, readonly string[]>>;
}

export interface ClaimsIndexOptions {
  readonly kind: string;
  /** Most items of one org. */
  readonly maxItems: number;
  /** The item normalised. @throws InvalidCommandError naming `items` */
  parseItem(value: unknown): string;
  overlaps(a: string, b: string): boolean;
  /** The reason code of an overlap (NETWORK_TAKEN). */
  readonly taken: string;
}

export function defineOrgClaims(
  options: ClaimsIndexOptions,
): EntityKind<ClaimsState, ClaimsCommand, ClaimsEvent, ClaimsReply> {
  const { kind, maxItems, parseItem, overlaps, taken } = options;

  function parse(payload: unknown): ClaimsCommand {
    const fields = fieldsOf(payload);
    switch (fields['type']) {
      case 'set': {
        const listed = fields['items'];
        if (!Array.isArray(listed) || listed.length > maxItems) {
          throw new InvalidCommandError(`items must be a list of at most ${maxItems}`, { field: 'items' });
        }
        return { type: 'set', orgId: parseOrgId(fields['orgId']), items: [...new Set(listed.map(parseItem))] };
      }
      case 'list':
        return { type: 'list' };
      default:
        throw unknownCommand(kind, fields);
    }
  }

  function decide(
    state: ClaimsState,
    command: ClaimsCommand,
  ): Decision<ClaimsEvent, { ok: true } | { orgs: readonly OrgClaims[] }> {
    if (command.type === 'list') {
      return { events: [], reply: { orgs: Object.entries(state.orgs).map(([orgId, items]) => ({ orgId, items })) } };
    }
    const { orgId, items } = command;
    if (JSON.stringify(state.orgs[orgId] ?? []) === JSON.stringify(items)) return { events: [], reply: { ok: true } };
    if (state.orgs[orgId] === undefined && Object.keys(state.orgs).length >= MAX_CLAIMING_ORGS) {
      throw new CommandRejectedError('TOO_MANY_ORGS', `at most ${MAX_CLAIMING_ORGS} orgs are in ${kind}`);
    }
    for (const [other, theirs] of Object.entries(state.orgs)) {
      if (other === orgId) continue;
      const clash = items.find((mine) => theirs.some((item) => overlaps(mine, item)));
      if (clash !== undefined) throw new CommandRejectedError(taken, `${clash} overlaps what another org has`);
    }
    return { events: [{ type: 'set', orgId, items }], reply: { ok: true } };
  }

  function evolve(state: ClaimsState, event: ClaimsEvent): ClaimsState {
    const { [event.orgId]: _previous, ...others } = state.orgs;
    return { orgs: event.items.length === 0 ? others : { ...others, [event.orgId]: event.items } };
  }

  return defineEntity({
    kind,
    commands: { set: ANY_ORIGIN, list: ANY_ORIGIN },
    parseCommand: parse,
    initialState: (): ClaimsState => ({ orgs: {} }),
    decide,
    evolve,
    snapshotEvery: 100,
  });
}
