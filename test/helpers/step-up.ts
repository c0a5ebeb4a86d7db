/** A session at AAL2, as a person gets one: enrol an authenticator app and confirm it with a code. */
import * as OTPAuth from 'otpauth';
import type { ApiClient } from '../../gateway/index.js';

/** The code an authenticator with this (base32) secret shows at `timestamp`. */
export function totpCode(secret: string, timestamp: number): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp });
}

/**
 * Enrols an authenticator for the account of `api` (a client with its access token) and confirms
 * it, which steps that session up to AAL2.
 * @returns a client with the stepped-up access token, the authenticator's secret and the recovery codes
 */
export async function enrolTotp(
  anonymous: ApiClient,
  api: ApiClient,
): Promise<{ api: ApiClient; secret: string; recoveryCodes: string[]; accessToken: string }> {
  const { secret } = await api.call<{ secret: string }>('FactorService', 'StartTotp', {});
  const { tokens, recoveryCodes } = await api.call<{ tokens: { accessToken: string }; recoveryCodes: string[] }>(
    'FactorService',
    'ConfirmTotp',
    { code: totpCode(secret, Date.now()) },
  );
  return { api: anonymous.withToken(tokens.accessToken), secret, recoveryCodes, accessToken: tokens.accessToken };
}
