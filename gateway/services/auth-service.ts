/**
 * AuthService: sign-up with an emailed verification token, login with a password, rotating
 * refresh tokens with reuse detection, logout, revoke-all, password change and reset. Passwords
 * are hashed and checked here, at the edge (scrypt, off the event loop), and access tokens are
 * signed here; the changes to accounts and sessions are the domain's workflows, so a call retried
 * with the same idempotency key gets the same account, session or token instead of a second one.
 */
import {
  account,
  accountOfEmail,
  changePassword,
  closeSession,
  resetPassword,
  revokeSessions,
  rotateRefreshToken,
  sessionOfRefreshToken,
  signUp,
  startPasswordReset,
  tokenHash,
} from '../../domain/index.js';
import type { CredentialsReply } from '../../domain/index.js';
import { isNotFound } from '../../actors/index.js';
import { signingKeys } from '../../registry/index.js';
import type { JwksReply } from '../../registry/index.js';
import { ACCESS_PURPOSE } from '../access-tokens.js';
import { callerOf } from '../call-context.js';
import { PermissionDeniedError, UnauthenticatedError } from '../errors.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import type { UnaryHandler } from '../pipeline.js';
import { workflowOf } from './service-parts.js';
import { sessionTokens } from './session-tokens.js';
import { signInSession } from './sign-in-session.js';
import type { ServiceParts } from './service-parts.js';

const VERIFICATION_LIFETIME_MS = 24 * 3_600_000;
const RESET_LIFETIME_MS = 3_600_000;
const BAD_CREDENTIALS = 'wrong email or password';

type Request = Record<string, unknown>;

export function authService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { tokens } = parts;
  const text = (request: Request, name: string) => String(request[name] ?? '');

  return {
    async SignUp(request, context) {
      const email = text(request, 'email').trim().toLowerCase();
      const password = await hashPassword(text(request, 'password'), parts.passwordCost);
      const { accountId, verificationToken } = await signUp(workflowOf(parts, context), {
        email,
        emailIds: parts.emailIds(email),
        displayName: text(request, 'displayName'),
        password,
        verificationExpiresAt: Date.now() + VERIFICATION_LIFETIME_MS,
        // An account lives where it signed up.
        homeRegion: parts.client.region,
      });
      // A retried call mails the same token again: the mail is at least once.
      await parts.mail.send({
        to: email,
        subject: 'Verify your Redoubt account',
        text: `Account: ${accountId}\nVerification token: ${verificationToken}\n\nThe token works for 24 hours.`,
      });
      return { accountId };
    },

    async VerifyEmail(request, context) {
      await workflowOf(parts, context).change(account, text(request, 'accountId'), {
        type: 'verifyEmail',
        tokenHash: tokenHash(text(request, 'token')),
      });
      return {};
    },

    async Login(request, context) {
      const flow = workflowOf(parts, context);
      const accountId = await accountOfEmail(flow, parts.emailIds(text(request, 'email')));
      if (accountId === undefined) {
        // Spend the same time as a wrong password, so timing does not tell which addresses exist.
        await hashPassword(text(request, 'password'), parts.passwordCost);
        throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
      }
      const credentials = (await flow.read(account, accountId, { type: 'credentials' })) as CredentialsReply;
      if (credentials.lockedUntil > 0) {
        throw new UnauthenticatedError(
          `too many failed logins: try again after ${new Date(credentials.lockedUntil).toISOString()}`,
          'LOCKED',
        );
      }
      if (!(await verifyPassword(text(request, 'password'), credentials.password))) {
        await flow.change(account, accountId, { type: 'loginFailed' });
        throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
      }
      if (!credentials.emailVerified) {
        throw new PermissionDeniedError(
          'verify the email address first (VerifyEmail)',
          'auth.login',
          'EMAIL_NOT_VERIFIED',
        );
      }
      refuseInactive(credentials, 'auth.login');
      if (credentials.directory !== undefined) {
        throw new PermissionDeniedError(
          `the account signs in through the directory of org ${credentials.directory} (DirectoryService.LoginWithDirectory)`,
          'auth.login',
          'DIRECTORY_ACCOUNT',
        );
      }
      return signInSession(flow, parts, {
        accountId,
        superadmin: credentials.superadmin,
        device: text(request, 'device'),
        factor: 'password',
      });
    },

    async Refresh(request, context) {
      const presented = text(request, 'refreshToken');
      const sessionId = sessionOfRefreshToken(presented);
      if (sessionId === undefined) throw new UnauthenticatedError('the refresh token is not valid', 'REFRESH_INVALID');
      const flow = workflowOf(parts, context);
      let reply;
      try {
        reply = await rotateRefreshToken(flow, sessionId, presented);
      } catch (error) {
        if (isNotFound(error)) throw new UnauthenticatedError('the refresh token is not valid', 'REFRESH_INVALID');
        throw error;
      }
      if (!('ok' in reply) || !reply.ok || reply.refreshToken === undefined) {
        const reason = 'reason' in reply ? reply.reason : 'REFRESH_INVALID';
        throw new UnauthenticatedError(
          reason === 'REFRESH_REUSED'
            ? 'this refresh token was used before: the session is revoked; log in again'
            : 'the refresh token is no longer valid; log in again',
          reason,
        );
      }
      const credentials = (await flow.read(account, reply.accountId, { type: 'credentials' })) as CredentialsReply;
      refuseInactive(credentials, 'auth.refresh');
      const { superadmin } = credentials;
      const claims = { accountId: reply.accountId, sessionId, superadmin, factors: reply.factors };
      return sessionTokens(tokens, claims, reply.refreshToken);
    },

    async Logout(_request, context) {
      const { accountId, sessionId } = callerOf(context);
      await closeSession(workflowOf(parts, context), accountId, sessionId, 'logout');
      return {};
    },

    async RevokeAll(_request, context) {
      return { revoked: await revokeSessions(workflowOf(parts, context), callerOf(context).accountId) };
    },

    async ChangePassword(request, context) {
      const { accountId, sessionId } = callerOf(context);
      const flow = workflowOf(parts, context);
      const credentials = (await flow.read(account, accountId, { type: 'credentials' })) as CredentialsReply;
      if (!(await verifyPassword(text(request, 'currentPassword'), credentials.password))) {
        throw new PermissionDeniedError('the current password is wrong', 'auth.change_password', 'BAD_PASSWORD');
      }
      const password = await hashPassword(text(request, 'newPassword'), parts.passwordCost);
      await changePassword(flow, { accountId, sessionId, password });
      return {};
    },

    async RequestPasswordReset(request, context) {
      const email = text(request, 'email').trim().toLowerCase();
      const flow = workflowOf(parts, context);
      const accountId = await accountOfEmail(flow, parts.emailIds(email));
      // The same answer either way: the call does not tell which addresses have accounts.
      if (accountId === undefined) return {};
      const { directory } = (await flow.read(account, accountId, { type: 'credentials' })) as CredentialsReply;
      if (directory !== undefined) {
        await parts.mail.send({
          to: email,
          subject: 'Your Redoubt password',
          text: `Account: ${accountId}\nThis account signs in with your organisation's directory password (org ${directory}); Redoubt keeps no password for it. Ask your directory's administrators to reset it.`,
        });
        return {};
      }
      const token = await startPasswordReset(flow, accountId, Date.now() + RESET_LIFETIME_MS);
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
      await resetPassword(workflowOf(parts, context), { accountId, token: text(request, 'token'), password });
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

/** Refuses an account that may not sign in any more. @throws PermissionDeniedError (ACCOUNT_DEACTIVATED) */
export function refuseInactive(credentials: CredentialsReply, permission: string): void {
  if (credentials.deactivated !== undefined) {
    throw new PermissionDeniedError(
      `the account is deactivated: ${credentials.deactivated}`,
      permission,
      'ACCOUNT_DEACTIVATED',
    );
  }
}
