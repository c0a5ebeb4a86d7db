/**
 * Makes a platform superadmin: a new account with a verified email, or an existing account of
 * that email promoted. Run by the operator through a node's admin socket (`redoubt admin
 * create-superadmin`), never through the API: nobody can grant themselves the platform. It is a
 * workflow keyed by the email: run again after a crash, it completes the same account instead of
 * leaving a half-made one behind.
 */
import { randomBytes } from 'node:crypto';
import { account, accountOfEmail, emailIdsOf, emailIndex, tokenHash, Workflow } from '../domain/index.js';
import type { CreatedReply } from '../domain/index.js';
import type { KeyObject } from 'node:crypto';
import { OPERATOR_CALLER } from '../actors/index.js';
import { accountHome } from '../registry/index.js';
import { codePointLength, Format, formatProblem, isEmail } from '../actors/index.js';
import type { EntityClient } from '../actors/index.js';
import { InvalidArgumentError } from './errors.js';
import { hashPassword } from './password-hash.js';
import type { ScryptCost } from './password-hash.js';

export interface SuperadminRequest {
  readonly email: string;
  readonly displayName: string;
  /** At least 12 characters; ignored when the account exists (it keeps its password). */
  readonly password: string;
}

const DEADLINE_MS = 30_000;
const VERIFICATION_MS = 24 * 3600_000;

/** A password to print once when the operator gives none: 24 random bytes, base64url. */
export function generatedPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * @param nameKey - the platform's name key, which keys the email index's ids
 * @param registry - reaches the registry's directory (the account's home region is kept there)
 *   @default client (a standalone node hosts the registry's kinds too)
 * @returns the account and whether it was created (false: an existing account was promoted)
 * @throws InvalidArgumentError for a malformed email, a name too long or holding control characters, or a short password
 */
export async function createSuperadmin(
  client: EntityClient,
  request: SuperadminRequest,
  cost: ScryptCost,
  nameKey: KeyObject,
  registry: EntityClient = client,
): Promise<{ accountId: string; created: boolean }> {
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
  // Every step comes by the operator's path (only it may make a platform superadmin), as a step
  // of one call per email.
  const flow = new Workflow(
    { data: client, registry },
    { caller: OPERATOR_CALLER, deadline: Date.now() + DEADLINE_MS, key: `create-superadmin\n${email}` },
  );
  const emailIds = emailIdsOf(email, nameKey);
  const existing = await accountOfEmail(flow, emailIds);
  if (existing !== undefined) {
    await flow.change(account, existing, { type: 'grantSuperadmin' }, { step: `grant:${existing}` });
    return { accountId: existing, created: false };
  }
  if ([...request.password].length < 12) {
    throw new InvalidArgumentError('password', 'min_len', 'must be at least 12 characters');
  }
  // The same account id on a retry: the steps that landed replay their first replies.
  const accountId = flow.newId('acc', 'account');
  // Made where the operator asked, like an account that signs up there.
  await flow.registryChange(accountHome, accountId, { type: 'assign', region: client.region });
  const { verificationToken } = (await flow.change(account, accountId, {
    type: 'create',
    email,
    displayName: request.displayName,
    password: await hashPassword(request.password, cost),
    // Used at once below; long enough for a retry after a crash to still use it.
    verificationExpiresAt: Date.now() + VERIFICATION_MS,
  })) as CreatedReply;
  // The operator vouches for the address.
  await flow.change(account, accountId, { type: 'verifyEmail', tokenHash: tokenHash(verificationToken) });
  await flow.change(emailIndex, emailIds.keyed, { type: 'claim', accountId });
  await flow.change(account, accountId, { type: 'grantSuperadmin' }, { step: `grant:${accountId}` });
  return { accountId, created: true };
}
