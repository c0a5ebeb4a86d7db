/**
 * One-time secrets of accounts and sessions. The entity that keeps a secret's hash draws the
 * secret itself (from its context's CSPRNG) and hands it back in its reply: a retried call, which
 * replays that reply, gets the same secret instead of one the entity never saw. Only SHA-256
 * hashes are ever in events and state; the reply rests sealed in the journal like all data.
 */
import { createHash } from 'node:crypto';
import { SESSION_ID } from '../../actors/index.js';

const REFRESH_TOKEN = new RegExp(`^rt1\\.(${SESSION_ID.source.slice(1, -1)})\\.[A-Za-z0-9_-]{43}$`);

/** SHA-256 (hex) of a token: what entities store and compare. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A one-time token for a mail (verification, reset): 32 random bytes, base64url. */
export function mailToken(random: (length: number) => Uint8Array): string {
  return Buffer.from(random(32)).toString('base64url');
}

/** A refresh token of a session: `rt1.<session id>.<256 random bits>`. */
export function refreshToken(sessionId: string, random: (length: number) => Uint8Array): string {
  return `rt1.${sessionId}.${Buffer.from(random(32)).toString('base64url')}`;
}

/** The session a refresh token names, or undefined when it is not of the form. */
export function sessionOfRefreshToken(token: string): string | undefined {
  return REFRESH_TOKEN.exec(token)?.[1];
}
