/**
 * Challenges of passkey assertions, kept by nobody: a challenge carries its expiry and a MAC over
 * it and its purpose ("login", or a step-up of one session), under a key derived from the
 * platform's name key. Starting a sign-in thus writes nothing (an unauthenticated caller cannot
 * fill a store), and a challenge made for one purpose fails any other. Single use is the
 * account's to enforce: its passkeys entity remembers accepted challenges until they expire.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a challenge works (also the browser's timeout). */
export const CHALLENGE_MS = 5 * 60_000;
const NONCE_BYTES = 16;
const MAC_BYTES = 16;

export interface CheckedChallenge {
  /** SHA-256 of the challenge, hex: what the passkeys entity remembers. */
  readonly hash: string;
  readonly expiresAt: number;
}

export class PasskeyChallenges {
  /** @param key - the MAC key (hex), read at each use: it comes with the registry's keys */
  constructor(private readonly key: () => string) {}

  /** A new challenge for `purpose`: 8 bytes of expiry, 16 random, 16 of MAC. */
  issue(purpose: string, now = Date.now()): Uint8Array<ArrayBuffer> {
    const body = Buffer.alloc(8 + NONCE_BYTES);
    body.writeBigUInt64BE(BigInt(now + CHALLENGE_MS));
    randomBytes(NONCE_BYTES).copy(body, 8);
    return new Uint8Array(Buffer.concat([body, this.mac(purpose, body)]));
  }

  /** The challenge (base64url, as the browser signed it), if it is one of ours for `purpose` and not expired. */
  check(challenge: string, purpose: string, now = Date.now()): CheckedChallenge | undefined {
    const bytes = Buffer.from(challenge, 'base64url');
    if (bytes.length !== 8 + NONCE_BYTES + MAC_BYTES) return undefined;
    const body = bytes.subarray(0, 8 + NONCE_BYTES);
    if (!timingSafeEqual(bytes.subarray(8 + NONCE_BYTES), this.mac(purpose, body))) return undefined;
    const expiresAt = Number(body.readBigUInt64BE());
    if (expiresAt <= now) return undefined;
    return { hash: createHash('sha256').update(bytes).digest('hex'), expiresAt };
  }

  private mac(purpose: string, body: Buffer): Buffer {
    return createHmac('sha256', Buffer.from(this.key(), 'hex'))
      .update(`passkey-challenge\n${purpose}\n`)
      .update(body)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}
