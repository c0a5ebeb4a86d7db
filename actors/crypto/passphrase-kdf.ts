/**
 * Turning a passphrase into a 256-bit key with scrypt (RFC 7914), a memory-hard KDF: guessing
 * costs every attacker the same memory per guess as it costs us once.
 */
import { scrypt } from 'node:crypto';

/** scrypt cost parameters (RFC 7914). Memory used is about `128 * N * r * p` bytes. */
export interface ScryptParams {
  /**
   * CPU and memory cost, a power of two.
   * @default 131072 (2^17, 128 MiB with r = 8)
   */
  readonly N: number;
  /**
   * Block size.
   * @default 8
   */
  readonly r: number;
  /**
   * Parallelism.
   * @default 1
   */
  readonly p: number;
}

/** The parameters used when none are given: 128 MiB, about half a second on a laptop core. */
export const DEFAULT_SCRYPT: ScryptParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

/**
 * Fills in defaults and checks the result.
 * @throws RangeError when a parameter is invalid
 */
export function resolveScryptParams(kdf: Partial<ScryptParams> = {}): ScryptParams {
  const params = { ...DEFAULT_SCRYPT, ...kdf };
  const problem = scryptParamsProblem(params);
  if (problem !== undefined) throw new RangeError(`invalid scrypt parameters: ${problem}`);
  return params;
}

/** What is wrong with scrypt parameters read from outside, or undefined when nothing is. */
export function scryptParamsProblem(params: Record<string, unknown>): string | undefined {
  const { N, r, p } = params;
  if (!isPositiveInteger(N) || N < 2 || (N & (N - 1)) !== 0 || N > 2 ** 30) {
    return 'N must be a power of two from 2 to 2^30';
  }
  if (!isPositiveInteger(r)) return 'r must be a positive integer';
  if (!isPositiveInteger(p)) return 'p must be a positive integer';
  return undefined;
}

/**
 * Derives a 32-byte key. The passphrase is NFC-normalised first so the same passphrase typed on
 * different systems gives the same key. Node's native scrypt runs in libuv's thread pool, so a
 * derivation (an unseal, a login) never blocks the event loop.
 */
export function derivePassphraseKey(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Uint8Array> {
  const { N, r, p } = params;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 129 * N * r * p + 1024 * 1024 }, (error, key) =>
      error === null ? resolve(new Uint8Array(key)) : reject(error),
    ),
  );
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
