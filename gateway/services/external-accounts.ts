/**
 * Accounts another system vouches for (an org's directory or OpenID provider): the address is
 * verified by it, and the account never signs in by Redoubt password (its password is random and
 * never shown; a reset mail says where to sign in instead).
 */
import { randomBytes } from 'node:crypto';
import { signUp } from '../../domain/index.js';
import type { Workflow } from '../../domain/index.js';
import { hashPassword } from '../password-hash.js';
import type { ServiceParts } from './service-parts.js';

/** Makes the account. @returns its id @throws CommandRejectedError (EMAIL_TAKEN) as signUp does */
export async function signUpExternal(
  flow: Workflow,
  parts: ServiceParts,
  request: { email: string; displayName: string; orgId: string },
): Promise<string> {
  const { accountId } = await signUp(flow, {
    email: request.email,
    emailIds: parts.emailIds(request.email),
    displayName: request.displayName,
    password: await hashPassword(randomBytes(32).toString('base64url'), parts.passwordCost),
    verificationExpiresAt: 0,
    homeRegion: parts.client.region,
    directory: request.orgId,
  });
  return accountId;
}

/** A display name accounts accept (printable, at most 100 characters), else the address's local part. */
export function externalDisplayName(name: string, email: string): string {
  const clean = name
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, 100);
  return clean === '' ? email.split('@')[0]!.slice(0, 100) : clean;
}
