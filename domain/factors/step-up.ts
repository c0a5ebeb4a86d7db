/**
 * The factors' own check of the caller's assurance, below the gateway: removing or replacing a
 * factor through the API needs a session at AAL2 whose newest factor is at most 15 minutes old,
 * as the methods declare in factors.proto. A request that reached the entity some other way than
 * through that check (another gateway, a module's service) is held to it all the same.
 */
import { CommandRejectedError } from '../../actors/index.js';
import type { EntityContext } from '../../actors/index.js';

const MAX_AGE_MS = 15 * 60_000;

/** @throws CommandRejectedError (STEP_UP_REQUIRED) for an API caller short of it */
export function requireRecentSecondFactor(context: EntityContext, what: string): void {
  const { caller, now } = context;
  if (caller.origin !== 'api') return;
  if ((caller.assuranceLevel ?? 0) < 2 || now - (caller.factorAt ?? 0) > MAX_AGE_MS) {
    throw new CommandRejectedError('STEP_UP_REQUIRED', `${what} needs a second factor proven within 15 minutes`);
  }
}
