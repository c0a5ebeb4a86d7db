/** The state of an email index entry and its fold. */
import type { EmailEvent } from './protocol.js';

/** The account that claimed the address, if any. */
export interface EmailState {
  readonly accountId: string | undefined;
}

/** An address nobody has claimed. */
export function initialEmail(): EmailState {
  return { accountId: undefined };
}

/** Folds one event into an entry's state. */
export function evolveEmail(_state: EmailState, event: EmailEvent): EmailState {
  return { accountId: event.accountId };
}
