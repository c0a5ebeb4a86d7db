/**
 * Authentication: the access token from `authorization: Bearer <jwt>`, verified against the
 * registry's JWKS (signature, EdDSA only, issuer, audience, expiry). Public methods may be called
 * without one; a token that is present must be valid everywhere.
 */
import type { Metadata } from '@grpc/grpc-js';
import type { AccessClaims, AccessTokens } from './access-tokens.js';
import { Scope } from './api-schema.js';
import type { ApiMethod } from './api-schema.js';
import { UnauthenticatedError } from './errors.js';

const BEARER = /^Bearer ([A-Za-z0-9_.-]{1,8192})$/;

/** @throws UnauthenticatedError, TokenInvalidError (both UNAUTHENTICATED) */
export async function authenticate(
  method: ApiMethod,
  metadata: Metadata,
  tokens: AccessTokens,
): Promise<AccessClaims | undefined> {
  const values = metadata.get('authorization');
  if (values.length === 0) {
    if (method.access.scope === Scope.public) return undefined;
    throw new UnauthenticatedError(
      `${method.name} needs a signed-in caller: send "authorization: Bearer <access token>"`,
      'NO_TOKEN',
    );
  }
  if (values.length > 1) throw new UnauthenticatedError('send one authorization header, not several', 'MALFORMED');
  const match = BEARER.exec(String(values[0]));
  if (match === null) throw new UnauthenticatedError('authorization must be "Bearer <access token>"', 'MALFORMED');
  return tokens.verify(match[1]!);
}
