/**
 * A claim index: `<kind>/<keyed id>` says which account holds a unique name (an email address, a
 * passkey's credential id), so that a second claim by another account is refused and a lookup
 * finds the account. The id is a keyed hash made by the caller: the name itself never appears in
 * subjects, stores or shard maps. A claim stands once made.
 */
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  Format,
  NotFoundError,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision, EntityContext, EntityKind } from '../../actors/index.js';

export type ClaimCommand =
  /** Claim the name for an account; claiming it again for the same account is a no-op. */
  { readonly type: 'claim'; readonly accountId: string } | { readonly type: 'lookup' };

/** The one event of a claim: the name was claimed. */
export type ClaimEvent = { readonly type: 'claimed'; readonly accountId: string; readonly at: number };

/** The account the name belongs to, as `claim` and `lookup` reply it. */
export interface ClaimReply {
  readonly accountId: string;
}

/** The account that claimed the name, if any. */
export interface ClaimState {
  readonly accountId: string | undefined;
}

/** How refusals name what is claimed. */
export interface ClaimWording {
  /** Why a claim by another account is refused (ALREADY_EXISTS). */
  readonly taken: string;
  /** Why a lookup of an unclaimed name finds nothing (NOT_FOUND). */
  readonly missing: string;
}

/** The entity kind of a claim index named `kind`. */
export function defineClaimIndex(
  kind: string,
  wording: ClaimWording,
): EntityKind<ClaimState, ClaimCommand, ClaimEvent, ClaimReply> {
  return defineEntity({
    kind,
    commands: { claim: ANY_ORIGIN, lookup: ANY_ORIGIN },
    parseCommand: (payload: unknown) => parseClaimCommand(kind, payload),
    initialState: (): ClaimState => ({ accountId: undefined }),
    decide: (state: ClaimState, command: ClaimCommand, context: EntityContext) =>
      decideClaim(state, command, context, wording),
    evolve: (_state: ClaimState, event: ClaimEvent): ClaimState => ({ accountId: event.accountId }),
  });
}

/** @throws InvalidCommandError naming the field at fault */
function parseClaimCommand(kind: string, payload: unknown): ClaimCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'claim':
      return { type: 'claim', accountId: stringField(fields, 'accountId', { max: 26, format: Format.accountId }) };
    case 'lookup':
      return { type: 'lookup' };
    default:
      throw unknownCommand(kind, fields);
  }
}

/**
 * @throws CommandRejectedError (`COMMAND_REJECTED`, reason `ALREADY_EXISTS`) when another account claimed the name
 * @throws NotFoundError (`NOT_FOUND`) on `lookup` of a name nobody claimed
 */
function decideClaim(
  state: ClaimState,
  command: ClaimCommand,
  context: EntityContext,
  wording: ClaimWording,
): Decision<ClaimEvent, ClaimReply> {
  switch (command.type) {
    case 'claim':
      if (state.accountId === command.accountId) return { events: [], reply: { accountId: command.accountId } };
      if (state.accountId !== undefined) throw new CommandRejectedError('ALREADY_EXISTS', wording.taken);
      return {
        events: [{ type: 'claimed', accountId: command.accountId, at: context.now }],
        reply: { accountId: command.accountId },
      };
    case 'lookup':
      if (state.accountId === undefined) throw new NotFoundError(wording.missing, { what: 'account' });
      return { events: [], reply: { accountId: state.accountId } };
  }
}
