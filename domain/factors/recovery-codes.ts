/**
 * Recovery codes: ten single-use codes of 60 random bits each, shown once as `xxxx-xxxx-xxxx` in
 * Crockford's base32 (no I, L, O or U, so nothing reads as another character). Only their peppered
 * hashes are kept (peppered-hash.ts).
 */
import { pepperedHash } from './peppered-hash.js';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARS = 12;

/** Draws fresh codes: as shown to people once, and their peppered hashes, as kept. */
export function newRecoveryCodes(
  random: (length: number) => Uint8Array,
  pepperHex: string,
): { readonly codes: string[]; readonly hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    // 5 bits per character from one byte each: 256 is a multiple of 32, so no character is likelier.
    const chars = [...random(CODE_CHARS)].map((byte) => ALPHABET[byte % 32]!).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
  return { codes, hashes: codes.map((code) => recoveryCodeHash(pepperHex, code)!) };
}

/**
 * A code as typed, in its canonical form: upper case, without spaces or dashes, with the letters
 * people confuse read as the digits they look like (O → 0, I and L → 1).
 * @returns undefined for what cannot be a code
 */
export function normalizeRecoveryCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === CODE_CHARS && [...code].every((char) => ALPHABET.includes(char)) ? code : undefined;
}

/** The peppered hash (hex) of a code, typed or drawn. @returns undefined for what cannot be a code */
export function recoveryCodeHash(pepperHex: string, typed: string): string | undefined {
  const code = normalizeRecoveryCode(typed);
  return code === undefined ? undefined : pepperedHash(pepperHex, code);
}
