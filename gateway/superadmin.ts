/**
 * Makes a platform superadmin: a new account with a verified email, or an existing account of
 * that email promoted. Run by the operator through a node's admin socket (`redoubt admin
 * create-superadmin`), never through the API: nobody can grant themselves the platform.
 */
import { randomBytes } from 'node:crypto';
import { account, emailIndex, emailIndexId, tokenHash } from '../domain/index.js';
import type { CreatedReply } from '../domain/index.js';
import { isNotFound, OPERATOR_CALLER } from '../actors/index.js';
import { codePointLength, Format, formatProblem, isEmail } from '../actors/index.js';
import type { EntityClient } from '../actors/index.js';
import { newId } from './access-tokens.js';
import { InvalidArgumentError } from './errors.js';
import { hashPassword } from './password-hash.js';
import type { ScryptCost } from './password-hash.js';

export interface SuperadminRequest {
  readonly email: string;
  readonly displayName: string;
  /** At least 12 characters; ignored when the account exists (it keeps its password). */
  readonly password: string;
}

/** A password to print once when the operator gives none: 24 random bytes, base64url. */
export function generatedPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * @returns the account and whether it was created (false: an existing account was promoted)
 * @throws InvalidArgumentError for a malformed email, a name too long or holding control characters, or a short password
 */
export async function createSuperadmin(
  client: EntityClient,
  request: SuperadminRequest,
  cost: ScryptCost,
): Promise<{ accountId: string; created: boolean }> {
  // Every step comes by the operator's path: only it may make a platform superadmin.
  const operator = { caller: OPERATOR_CALLER };
  const email = request.email.trim().toLowerCase();
  if (!isEmail(email)) throw new InvalidArgumentError('email', 'email', 'must be an email address');
  const nameLength = codePointLength(request.displayName);
  if (nameLength < 1 || nameLength > 100) {
    throw new InvalidArgumentError(
      'display_name',
      nameLength < 1 ? 'min_len' : 'max_len',
      'must be 1 to 100 characters',
    );
  }
  const nameProblem = formatProblem(Format.name, request.displayName);
  if (nameProblem !== undefined) throw new InvalidArgumentError('display_name', 'format', nameProblem);
  const existing = await client.ask(emailIndex, emailIndexId(email), { type: 'lookup' }, operator).then(
    (reply) => (reply as { accountId: string }).accountId,
    (error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    },
  );
  if (existing !== undefined) {
    await client.ask(account, existing, { type: 'grantSuperadmin' }, operator);
    return { accountId: existing, created: false };
  }
  if ([...request.password].length < 12) {
    throw new InvalidArgumentError('password', 'min_len', 'must be at least 12 characters');
  }
  const accountId = newId('acc');
  const { verificationToken } = (await client.ask(
    account,
    accountId,
    {
      type: 'create',
      email,
      displayName: request.displayName,
      password: await hashPassword(request.password, cost),
      verificationExpiresAt: Date.now() + 60_000,
    },
    operator,
  )) as CreatedReply;
  // The operator vouches for the address.
  await client.ask(account, accountId, { type: 'verifyEmail', tokenHash: tokenHash(verificationToken) }, operator);
  await client.ask(emailIndex, emailIndexId(email), { type: 'claim', accountId }, operator);
  await client.ask(account, accountId, { type: 'grantSuperadmin' }, operator);
  return { accountId, created: true };
}
