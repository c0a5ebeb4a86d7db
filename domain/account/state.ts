/** The state of an account and its fold. */
import type { AccountEvent, OrgRole, PasswordRecord, TokenRecord } from './protocol.js';
import { LOCK_AFTER_FAILURES, LOCK_MS } from './protocol.js';

export interface AccountState {
  readonly created: boolean;
  readonly email: string;
  readonly displayName: string;
  readonly emailVerified: boolean;
  readonly superadmin: boolean;
  readonly password: PasswordRecord | undefined;
  readonly verification: TokenRecord | undefined;
  readonly reset: TokenRecord | undefined;
  readonly failedLogins: number;
  readonly lockedUntil: number;
  readonly sessions: readonly string[];
  readonly memberships: Readonly<Record<string, OrgRole>>;
  readonly createdAt: number;
  /** The org whose directory made and manages the account. */
  readonly directory: string | undefined;
  readonly deactivated: { readonly reason: string; readonly at: number } | undefined;
}

export function initialAccount(): AccountState {
  return {
    created: false,
    email: '',
    displayName: '',
    emailVerified: false,
    superadmin: false,
    password: undefined,
    verification: undefined,
    reset: undefined,
    failedLogins: 0,
    lockedUntil: 0,
    sessions: [],
    memberships: {},
    createdAt: 0,
    directory: undefined,
    deactivated: undefined,
  };
}

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'created':
      return {
        ...state,
        created: true,
        email: event.email,
        displayName: event.displayName,
        password: event.password,
        verification: event.verification,
        createdAt: event.at,
        directory: event.directory,
        // The directory vouches for the address it holds.
        emailVerified: event.directory !== undefined,
      };
    case 'emailVerified':
      return { ...state, emailVerified: true, verification: undefined };
    case 'loginFailed': {
      const failedLogins = state.failedLogins + 1;
      return failedLogins >= LOCK_AFTER_FAILURES
        ? { ...state, failedLogins: 0, lockedUntil: event.at + LOCK_MS }
        : { ...state, failedLogins };
    }
    case 'sessionOpened':
      return { ...state, failedLogins: 0, sessions: [...state.sessions, event.sessionId] };
    case 'sessionClosed':
      return { ...state, sessions: state.sessions.filter((id) => id !== event.sessionId) };
    case 'passwordChanged':
      return { ...state, password: event.password, reset: undefined, failedLogins: 0, lockedUntil: 0 };
    case 'resetStarted':
      return { ...state, reset: event.reset };
    case 'profileUpdated':
      return { ...state, displayName: event.displayName };
    case 'membershipSet':
      return { ...state, memberships: { ...state.memberships, [event.orgId]: event.role } };
    case 'membershipRemoved':
      return {
        ...state,
        memberships: Object.fromEntries(Object.entries(state.memberships).filter(([org]) => org !== event.orgId)),
      };
    case 'superadminGranted':
      return { ...state, superadmin: true };
    case 'deactivated':
      return { ...state, deactivated: { reason: event.reason, at: event.at } };
    case 'reactivated':
      return { ...state, deactivated: undefined };
  }
}
