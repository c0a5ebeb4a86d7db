/**
 * The workflows of accounts and their sessions: sign-up, login, refresh, logout, revoking
 * sessions, password change and reset. Password hashing and access tokens stay at the edge (the
 * gateway); these only change entities, each change a step of the call's workflow.
 *
 * Crash safety: a session is named in its account before it is opened, so whatever point a
 * login stops at, revoking the account's sessions finds every session that can exist; a name
 * with no session behind it is dropped when found.
 */
import { CommandRejectedError, isNotFound } from '../../actors/index.js';
import { accountHome } from '../../registry/index.js';
import { account } from '../account/index.js';
import type { AccountProfile, CreatedReply, PasswordRecord, ResetStartedReply } from '../account/index.js';
import { tokenHash } from '../account/tokens.js';
import { emailIndex } from '../email/index.js';
import type { EmailIds } from '../email/index.js';
import { session } from '../session/index.js';
import type { FactorKind, SessionReply, UsedFactor } from '../session/index.js';
import { claimant } from './claims.js';
import type { Workflow } from './workflow.js';

/** What sign-up made: the account, and the token to mail to the address. */
export interface SignedUp {
  readonly accountId: string;
  readonly verificationToken: string;
}

/**
 * Makes an account in its home region and claims its address. The home first: an account never
 * exists without one. The account next: should the address turn out to be taken, an unreachable
 * account is left, not a claim on an account that does not exist.
 * @throws RedoubtError `COMMAND_REJECTED` (ALREADY_EXISTS) when the address has an account
 */
export async function signUp(
  flow: Workflow,
  request: {
    email: string;
    /** The address's ids in the email index. */
    emailIds: EmailIds;
    displayName: string;
    password: PasswordRecord;
    verificationExpiresAt: number;
    homeRegion: string;
    /** The org whose directory makes the account (it vouches for the address; no password login). */
    directory?: string;
  },
): Promise<SignedUp> {
  const accountId = flow.newId('acc', 'account');
  const { email, emailIds, displayName, password, verificationExpiresAt, homeRegion, directory } = request;
  // An address indexed before ids were keyed is taken all the same.
  if ((await claimant(flow, emailIndex, emailIds.legacy)) !== undefined) throw addressTaken();
  await flow.registryChange(accountHome, accountId, { type: 'assign', region: homeRegion });
  const created = (await flow.change(account, accountId, {
    type: 'create',
    email,
    displayName,
    password,
    verificationExpiresAt,
    ...(directory === undefined ? {} : { directory }),
  })) as CreatedReply;
  await flow.change(emailIndex, emailIds.keyed, { type: 'claim', accountId });
  return { accountId, verificationToken: created.verificationToken };
}

/** The account of an address (by its keyed id, else by its legacy one), or undefined. */
export async function accountOfEmail(flow: Workflow, emailIds: EmailIds): Promise<string | undefined> {
  return (await claimant(flow, emailIndex, emailIds.keyed)) ?? (await claimant(flow, emailIndex, emailIds.legacy));
}

function addressTaken(): CommandRejectedError {
  return new CommandRejectedError('ALREADY_EXISTS', 'that email address belongs to another account');
}

/** An open session, its first refresh token and the factor it used. */
export interface OpenedSession {
  readonly sessionId: string;
  readonly refreshToken: string;
  readonly factors: readonly UsedFactor[];
}

/** Opens a session of an account whose credentials (`factor`, default the password) the caller checked. */
export async function openSession(
  flow: Workflow,
  request: { accountId: string; device: string; expiresAt: number; factor?: FactorKind; userVerified?: boolean },
): Promise<OpenedSession> {
  const { accountId, device, expiresAt, factor = 'password', userVerified = false } = request;
  // The session lives with its account; its id names the region, so a refresh finds it anywhere.
  const sessionId = `${flow.newId('ses', 'session')}~${await flow.regionOf(account, accountId)}`;
  // Named in the account first: revoking all sessions finds it whatever happens next.
  await flow.change(account, accountId, { type: 'sessionOpened', sessionId });
  const opened = (await flow.change(session, sessionId, {
    type: 'open',
    accountId,
    device,
    expiresAt,
    factor,
    userVerified,
  })) as {
    refreshToken: string;
    factors: readonly UsedFactor[];
  };
  return { sessionId, refreshToken: opened.refreshToken, factors: opened.factors };
}

/**
 * Records a factor the caller proved on its session (a step-up).
 * @returns the session's factors now
 * @throws CommandRejectedError (SESSION_REVOKED, SESSION_EXPIRED) when the session no longer works
 */
export async function addSessionFactor(
  flow: Workflow,
  sessionId: string,
  factor: FactorKind,
  userVerified = false,
): Promise<readonly UsedFactor[]> {
  const reply = (await flow.change(session, sessionId, { type: 'addFactor', factor, userVerified })) as SessionReply;
  if (!('ok' in reply) || !reply.ok) {
    const reason = 'reason' in reply ? reply.reason : 'SESSION_REVOKED';
    throw new CommandRejectedError(reason, 'the session is no longer valid; log in again');
  }
  return reply.factors;
}

/**
 * Spends a refresh token and draws the next one; a retried call gets the same next token.
 * @returns the session's answer (not ok when the token was reused, invalid, revoked or expired)
 */
export async function rotateRefreshToken(flow: Workflow, sessionId: string, presented: string): Promise<SessionReply> {
  return (await flow.change(session, sessionId, {
    type: 'rotate',
    presentedHash: tokenHash(presented),
  })) as SessionReply;
}

/** Ends one session of the caller. */
export async function closeSession(
  flow: Workflow,
  accountId: string,
  sessionId: string,
  reason: string,
): Promise<void> {
  try {
    await flow.change(session, sessionId, { type: 'revoke', reason });
  } catch (error) {
    // A session named in its account but never opened (a login that stopped midway).
    if (!isNotFound(error)) throw error;
  }
  // One step per session: a call that closes several names each.
  await flow.change(account, accountId, { type: 'sessionClosed', sessionId }, { step: `closed/${sessionId}` });
}

/** Revokes the sessions of an account (all, or all but `keep`) and forgets them in the account. */
export async function revokeSessions(flow: Workflow, accountId: string, keep?: string): Promise<number> {
  const profile = (await flow.read(account, accountId, { type: 'profile' })) as AccountProfile;
  let revoked = 0;
  for (const sessionId of profile.sessions) {
    if (sessionId === keep) continue;
    await closeSession(flow, accountId, sessionId, 'revoked by the account');
    revoked++;
  }
  return revoked;
}

/** Sets a new password (the caller checked the current one) and ends every other session. */
export async function changePassword(
  flow: Workflow,
  request: { accountId: string; sessionId: string; password: PasswordRecord },
): Promise<void> {
  await flow.change(account, request.accountId, { type: 'changePassword', password: request.password });
  await revokeSessions(flow, request.accountId, request.sessionId);
}

/** Draws a reset token for an account; a retried call gets the same one. */
export async function startPasswordReset(flow: Workflow, accountId: string, expiresAt: number): Promise<string> {
  const reply = (await flow.change(account, accountId, { type: 'startReset', expiresAt })) as ResetStartedReply;
  return reply.resetToken;
}

/** Sets a password with a reset token and ends every session. */
export async function resetPassword(
  flow: Workflow,
  request: { accountId: string; token: string; password: PasswordRecord },
): Promise<void> {
  await flow.change(account, request.accountId, {
    type: 'resetPassword',
    tokenHash: tokenHash(request.token),
    password: request.password,
  });
  await revokeSessions(flow, request.accountId);
}
