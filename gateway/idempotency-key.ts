/**
 * The idempotency key of a call: the client's `idempotency-key` metadata (1 to 128 of
 * A-Z a-z 0-9 _ . : -), or a fresh random one when it sends none, hashed together with the
 * method, the caller's account and the request itself. So a client that retries a call with the
 * same key and the same request gets the first call's result and changes nothing twice, while
 * the same key with another request, another method or another caller is another call.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { InvalidArgumentError } from './errors.js';

/** The metadata key clients set. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

const KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * Checks the client's key at once and returns the scoped key, computed on first use (a read
 * never needs it).
 * @throws InvalidArgumentError (`INVALID_ARGUMENT`, field `idempotency-key`) for a malformed key
 */
export function idempotencyKeyOf(
  metadata: Metadata,
  method: string,
  accountId: string,
  request: Record<string, unknown>,
): () => string {
  const given = metadata.get(IDEMPOTENCY_KEY_HEADER)[0];
  if (given !== undefined && !KEY.test(String(given))) {
    throw new InvalidArgumentError(IDEMPOTENCY_KEY_HEADER, 'pattern', 'must be 1 to 128 of A-Z a-z 0-9 _ . : -');
  }
  let scoped: string | undefined;
  return () =>
    (scoped ??= createHash('sha256')
      .update(JSON.stringify([method, accountId, given === undefined ? randomUUID() : String(given), request]))
      .digest('base64url'));
}
