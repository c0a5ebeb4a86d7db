/**
 * Shamir shares as operators handle them: one line of text each, naming the vault it belongs to
 * and carrying a checksum so that a typo is caught before shares are combined (a wrong share
 * would otherwise just give a wrong key).
 *
 * Format: `rdbt-share1-<first 8 hex of the vault id>-<base64url share>-<6 hex checksum>`, the
 * checksum being the first 3 bytes of SHA-256 over everything before it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { combine, split } from 'shamir-secret-sharing';
import { UnsealError } from '../errors.js';

const PREFIX = 'rdbt-share1';
const SHARE_PATTERN = /^rdbt-share1-([0-9a-f]{8})-([A-Za-z0-9_-]+)-([0-9a-f]{6})$/;

/** Splits `secret` into `shares` lines, any `threshold` of which give it back. */
export async function splitIntoShares(
  secret: Uint8Array,
  vaultId: string,
  shares: number,
  threshold: number,
): Promise<string[]> {
  // The library insists on plain Uint8Arrays (a Buffer is refused).
  const plain = Uint8Array.from(secret);
  let parts: Uint8Array[];
  try {
    parts = await split(plain, shares, threshold);
  } finally {
    plain.fill(0);
  }
  return parts.map((part) => {
    const head = `${PREFIX}-${vaultId.slice(0, 8)}-${Buffer.from(part).toString('base64url')}`;
    part.fill(0);
    return `${head}-${checksum(head)}`;
  });
}

/**
 * Parses share lines and combines them. Whether the result is the right secret is for the caller
 * to check (it unwraps the root key with it).
 * @throws UnsealError (`UNSEAL_FAILED`) when a share is malformed, has a typo, belongs to another
 *   vault, is given twice, or fewer than `threshold` distinct shares are given
 */
export async function combineShares(lines: readonly string[], vaultId: string, threshold: number): Promise<Uint8Array> {
  const parts = lines.map((line, index) => parseShare(line.trim(), index, vaultId));
  const points = new Set<number>();
  for (const [index, part] of parts.entries()) {
    const x = part[part.length - 1] ?? 0;
    if (points.has(x)) throw new UnsealError(`share ${index + 1} was given twice`);
    points.add(x);
  }
  if (parts.length < threshold) {
    throw new UnsealError(`${parts.length} of ${threshold} shares given: ${threshold - parts.length} more needed`, {
      details: { given: String(parts.length), threshold: String(threshold) },
    });
  }
  if (new Set(parts.map((part) => part.length)).size !== 1) {
    throw new UnsealError('the shares have different lengths: they come from different splits');
  }
  try {
    return await combine(parts);
  } finally {
    for (const part of parts) part.fill(0);
  }
}

/** Checks one share line without combining: for progress reports while shares are collected. */
export function checkShare(line: string, vaultId: string): void {
  parseShare(line.trim(), 0, vaultId).fill(0);
}

function parseShare(line: string, index: number, vaultId: string): Uint8Array {
  const match = SHARE_PATTERN.exec(line);
  const which = `share ${index + 1}`;
  if (match === null) {
    throw new UnsealError(`${which} is not a share: expected "${PREFIX}-<vault>-<share>-<checksum>"`);
  }
  const [, vault = '', body = '', sum = ''] = match;
  if (checksum(line.slice(0, line.length - sum.length - 1)) !== sum) {
    throw new UnsealError(`${which} has a typo: its checksum does not match`);
  }
  if (vault !== vaultId.slice(0, 8)) {
    throw new UnsealError(`${which} belongs to vault ${vault}…, not to this vault (${vaultId.slice(0, 8)}…)`);
  }
  const decoded = Buffer.from(body, 'base64url');
  const bytes = Uint8Array.from(decoded);
  decoded.fill(0);
  if (bytes.length < 2) throw new UnsealError(`${which} is too short`);
  return bytes;
}

function checksum(text: string): string {
  return Buffer.from(sha256(new TextEncoder().encode(text)).subarray(0, 3)).toString('hex');
}
