/** The `Tokens` answer of a login, a refresh or a step-up: a new access token naming the session's factors. */
import { assuranceOf } from '../../domain/index.js';
import type { UsedFactor } from '../../domain/index.js';
import type { AccessClaims, AccessTokens } from '../access-tokens.js';

/**
 * Signs an access token for the session and answers it with the session's assurance.
 * @param refreshToken - the session's new refresh token; '' when it did not change (a step-up)
 */
export async function sessionTokens(tokens: AccessTokens, claims: AccessClaims, refreshToken = ''): Promise<object> {
  const access = await tokens.issue(claims);
  const { level, phishingResistant } = assuranceOf(claims.factors);
  return {
    accessToken: access.token,
    accessExpiresAt: access.expiresAt,
    refreshToken,
    sessionId: claims.sessionId,
    accountId: claims.accountId,
    assuranceLevel: level,
    factors: usedFactorMessages(claims.factors),
    phishingResistant,
  };
}

/** Factors a session used, as `UsedFactor` messages. */
export function usedFactorMessages(factors: readonly UsedFactor[]): object[] {
  return factors.map(({ kind, at }) => ({ kind, at }));
}
