/**
 * Hashes of short secrets (recovery codes, SMS codes) under a pepper: HMAC-SHA256 with a per-account
 * key that the gateway derives from key material the store does not hold, so a copy of the store
 * alone cannot test guesses offline.
 */
import { createHmac } from 'node:crypto';

/** A pepper as commands carry it: 32 bytes, hex. */
export const PEPPER_HEX = /^[0-9a-f]{64}$/;

/** The peppered hash (hex) of `text`. */
export function pepperedHash(pepperHex: string, text: string): string {
  return createHmac('sha256', Buffer.from(pepperHex, 'hex')).update(text).digest('hex');
}
