/**
 * AuthService: sign-up with an emailed verification token, login with a password, rotating
 * refresh tokens with reuse detection, logout, revoke-all, password change and reset.
 */
import { isNotFound } from '../../actors/index.js';
import { account, emailIndex, emailIndexId, session } from '../../domain/index.js';
import type { AccountProfile, CredentialsReply, SessionReply } from '../../domain/index.js';
import { signingKeys } from '../../registry/index.js';
import type { JwksReply } from '../../registry/index.js';
import {
  ACCESS_PURPOSE,
  newId,
  newMailToken,
  newRefreshToken,
  sessionOfRefreshToken,
  tokenHash,
} from '../access-tokens.js';
import { askOptions, callerOf } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import { PermissionDeniedError, UnauthenticatedError } from '../errors.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import type { UnaryHandler } from '../pipeline.js';
import type { ServiceParts } from './service-parts.js';

const VERIFICATION_LIFETIME_MS = 24 * 3_600_000;
const RESET_LIFETIME_MS = 3_600_000;
const DEFAULT_SESSION_LIFETIME_MS = 30 * 24 * 3_600_000;
const BAD_CREDENTIALS = 'wrong email or password';

type Request = Record<string, unknown>;

export function authService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client, tokens } = parts;
  const text = (request: Request, name: string) => String(request[name] ?? '');

  /** Opens a session for an account and issues its first tokens. */
  async function openSession(accountId: string, superadmin: boolean, device: string, context: CallContext) {
    const sessionId = newId('ses');
    const refreshToken = newRefreshToken(sessionId);
    const options = askOptions(context);
    await client.ask(
      session,
      sessionId,
      {
        type: 'open',
        accountId,
        device,
        refreshHash: tokenHash(refreshToken),
        expiresAt: Date.now() + (parts.sessionLifetimeMs ?? DEFAULT_SESSION_LIFETIME_MS),
      },
      options,
    );
    await client.ask(account, accountId, { type: 'sessionOpened', sessionId }, options);
    const access = await tokens.issue({ accountId, sessionId, superadmin });
    return { accessToken: access.token, accessExpiresAt: access.expiresAt, refreshToken, sessionId, accountId };
  }

  /** Revokes sessions of an account (all, or all but one) and forgets them in the account. */
  async function revokeSessions(accountId: string, context: CallContext, keep?: string): Promise<number> {
    const options = askOptions(context);
    const profile = (await client.ask(account, accountId, { type: 'profile' }, options)) as AccountProfile;
    let revoked = 0;
    for (const sessionId of profile.sessions) {
      if (sessionId === keep) continue;
      await client.ask(session, sessionId, { type: 'revoke', reason: 'revoked by the account' }, options);
      await client.ask(account, accountId, { type: 'sessionClosed', sessionId }, options);
      revoked++;
    }
    return revoked;
  }

  /** The account of an address, or undefined. */
  async function accountOfEmail(email: string, context: CallContext): Promise<string | undefined> {
    try {
      const reply = await client.ask(emailIndex, emailIndexId(email), { type: 'lookup' }, askOptions(context));
      return (reply as { accountId: string }).accountId;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  return {
    async SignUp(request, context) {
      const email = text(request, 'email').trim().toLowerCase();
      const accountId = newId('acc');
      const token = newMailToken();
      const password = await hashPassword(text(request, 'password'), parts.passwordCost);
      const options = askOptions(context);
      // The account first: if the address turns out to be taken, an unreachable account is left, not a dangling claim.
      await client.ask(
        account,
        accountId,
        {
          type: 'create',
          email,
          displayName: text(request, 'displayName'),
          password,
          verification: { tokenHash: tokenHash(token), expiresAt: Date.now() + VERIFICATION_LIFETIME_MS },
        },
        options,
      );
      await client.ask(emailIndex, emailIndexId(email), { type: 'claim', accountId }, options);
      await parts.mail.send({
        to: email,
        subject: 'Verify your Redoubt account',
        text: `Account: ${accountId}\nVerification token: ${token}\n\nThe token works for 24 hours.`,
      });
      return { accountId };
    },

    async VerifyEmail(request, context) {
      await client.ask(
        account,
        text(request, 'accountId'),
        { type: 'verifyEmail', tokenHash: tokenHash(text(request, 'token')) },
        askOptions(context),
      );
      return {};
    },

    async Login(request, context) {
      const accountId = await accountOfEmail(text(request, 'email'), context);
      if (accountId === undefined) {
        // Spend the same time as a wrong password, so timing does not tell which addresses exist.
        await hashPassword(text(request, 'password'), parts.passwordCost);
        throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
      }
      const options = askOptions(context);
      const credentials = (await client.ask(account, accountId, { type: 'credentials' }, options)) as CredentialsReply;
      if (credentials.lockedUntil > 0) {
        throw new UnauthenticatedError(
          `too many failed logins: try again after ${new Date(credentials.lockedUntil).toISOString()}`,
          'LOCKED',
        );
      }
      if (!(await verifyPassword(text(request, 'password'), credentials.password))) {
        await client.ask(account, accountId, { type: 'loginFailed' }, options);
        throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
      }
      if (!credentials.emailVerified) {
        throw new PermissionDeniedError(
          'verify the email address first (VerifyEmail)',
          'auth.login',
          'EMAIL_NOT_VERIFIED',
        );
      }
      return openSession(accountId, credentials.superadmin, text(request, 'device'), context);
    },

    async Refresh(request, context) {
      const presented = text(request, 'refreshToken');
      const sessionId = sessionOfRefreshToken(presented);
      const next = newRefreshToken(sessionId);
      const options = askOptions(context);
      let reply: SessionReply;
      try {
        reply = (await client.ask(
          session,
          sessionId,
          { type: 'rotate', presentedHash: tokenHash(presented), nextHash: tokenHash(next) },
          options,
        )) as SessionReply;
      } catch (error) {
        if (isNotFound(error)) {
          throw new UnauthenticatedError('the refresh token is not valid', 'REFRESH_INVALID');
        }
        throw error;
      }
      if (!('ok' in reply) || !reply.ok) {
        const reason = 'reason' in reply ? reply.reason : 'REFRESH_INVALID';
        throw new UnauthenticatedError(
          reason === 'REFRESH_REUSED'
            ? 'this refresh token was used before: the session is revoked; log in again'
            : 'the refresh token is no longer valid; log in again',
          reason,
        );
      }
      const { superadmin } = (await client.ask(
        account,
        reply.accountId,
        { type: 'credentials' },
        options,
      )) as CredentialsReply;
      const access = await tokens.issue({ accountId: reply.accountId, sessionId, superadmin });
      return {
        accessToken: access.token,
        accessExpiresAt: access.expiresAt,
        refreshToken: next,
        sessionId,
        accountId: reply.accountId,
      };
    },

    async Logout(_request, context) {
      const { accountId, sessionId } = callerOf(context);
      const options = askOptions(context);
      await client.ask(session, sessionId, { type: 'revoke', reason: 'logout' }, options);
      await client.ask(account, accountId, { type: 'sessionClosed', sessionId }, options);
      return {};
    },

    async RevokeAll(_request, context) {
      return { revoked: await revokeSessions(callerOf(context).accountId, context) };
    },

    async ChangePassword(request, context) {
      const { accountId, sessionId } = callerOf(context);
      const options = askOptions(context);
      const credentials = (await client.ask(account, accountId, { type: 'credentials' }, options)) as CredentialsReply;
      if (!(await verifyPassword(text(request, 'currentPassword'), credentials.password))) {
        throw new PermissionDeniedError('the current password is wrong', 'auth.change_password', 'BAD_PASSWORD');
      }
      const password = await hashPassword(text(request, 'newPassword'), parts.passwordCost);
      await client.ask(account, accountId, { type: 'changePassword', password }, options);
      await revokeSessions(accountId, context, sessionId);
      return {};
    },

    async RequestPasswordReset(request, context) {
      const email = text(request, 'email').trim().toLowerCase();
      const accountId = await accountOfEmail(email, context);
      // The same answer either way: the call does not tell which addresses have accounts.
      if (accountId === undefined) return {};
      const token = newMailToken();
      await client.ask(
        account,
        accountId,
        { type: 'startReset', reset: { tokenHash: tokenHash(token), expiresAt: Date.now() + RESET_LIFETIME_MS } },
        askOptions(context),
      );
      await parts.mail.send({
        to: email,
        subject: 'Reset your Redoubt password',
        text: `Account: ${accountId}\nReset token: ${token}\n\nThe token works for one hour. If you did not ask for it, ignore this mail.`,
      });
      return {};
    },

    async ResetPassword(request, context) {
      const accountId = text(request, 'accountId');
      const password = await hashPassword(text(request, 'newPassword'), parts.passwordCost);
      await client.ask(
        account,
        accountId,
        { type: 'resetPassword', tokenHash: tokenHash(text(request, 'token')), password },
        askOptions(context),
      );
      await revokeSessions(accountId, context);
      return {};
    },

    async GetJwks(_request, context) {
      const reply = (await parts.registry.ask(
        signingKeys,
        ACCESS_PURPOSE,
        { type: 'jwks' },
        { deadline: context.deadline },
      )) as JwksReply;
      return { jwks: JSON.stringify(reply) };
    },
  };
}
