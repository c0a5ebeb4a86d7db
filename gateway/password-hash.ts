/**
 * Password hashing with scrypt (memory-hard), run in libuv's thread pool so a login never blocks
 * the event loop. Parameters travel with each hash, so they can be raised later and old hashes
 * still verify.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { derivePassphraseKey } from '../actors/index.js';
import type { PasswordRecord } from '../domain/index.js';

export interface ScryptCost {
  readonly n: number;
  readonly r: number;
  readonly p: number;
}

/** 2^15 × 8 × 128 B = 32 MiB and about 50–100 ms per hash on a server core. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { n: 2 ** 15, r: 8, p: 1 };
function derive(password: string, salt: Uint8Array, cost: ScryptCost): Promise<Buffer> {
  return derivePassphraseKey(password, salt, { N: cost.n, r: cost.r, p: cost.p }).then((key) => Buffer.from(key));
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<PasswordRecord> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return { alg: 'scrypt', ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifyPassword(password: string, record: PasswordRecord): Promise<boolean> {
  const expected = Buffer.from(record.hash, 'base64');
  const derived = await derive(password, Buffer.from(record.salt, 'base64'), record);
  return derived.length === expected.length && timingSafeEqual(derived, expected);
}
