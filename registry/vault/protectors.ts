/**
 * The protectors of a vault: each turns an operator's secret (a passphrase, a key file, a TPM, a
 * quorum of Shamir shares) into a 256-bit protector key that wraps the vault's root key.
 */
import { randomBytes } from 'node:crypto';
import {
  DEFAULT_SCRYPT,
  derivePassphraseKey,
  KeyringUnlockError,
  loadKeyFile,
  resolveScryptParams,
  XCHACHA_KEY_LENGTH,
} from '../../actors/index.js';
import type { ScryptParams } from '../../actors/index.js';
import { UnsealError } from '../errors.js';
import { tpmSeal, tpmUnseal } from '../internal/tpm2-tools.js';
import { combineShares, splitIntoShares } from './shamir-shares.js';
import type { ProtectorRecord } from './vault-document.js';

/** How to make a protector at `init` (or when one is added). */
export type ProtectorSpec =
  | {
      readonly type: 'passphrase';
      /** Never logged nor stored. */
      readonly passphrase: string;
      /** @default {@link DEFAULT_SCRYPT} */
      readonly kdf?: Partial<ScryptParams>;
    }
  | {
      readonly type: 'keyfile';
      /** Created with a new random key (mode 0600) unless it exists; an existing key file is reused. */
      readonly path: string;
    }
  | {
      readonly type: 'tpm';
      /** How tpm2-tools reach the TPM, e.g. `device:/dev/tpmrm0` or `swtpm:host=127.0.0.1,port=2321`. */
      readonly tcti: string;
    }
  | {
      readonly type: 'shamir';
      /** How many shares to print (2 to 255). */
      readonly shares: number;
      /** How many of them unseal (2 to `shares`). */
      readonly threshold: number;
    };

/** What an operator gives to unseal through one protector. */
export type UnsealInput =
  | { readonly type: 'passphrase'; readonly passphrase: string }
  | {
      readonly type: 'keyfile';
      /** @default the path recorded when the protector was made */
      readonly path?: string;
    }
  | { readonly type: 'tpm'; readonly tcti: string }
  | { readonly type: 'shamir'; readonly shares: readonly string[] };

type Fields<R> = R extends ProtectorRecord ? Omit<R, 'id' | 'createdAt' | 'wrappedRoot'> : never;

/** A new protector's public fields, its key (wipe after use) and, for Shamir, the shares to hand out once. */
export interface CreatedProtector {
  readonly fields: Fields<ProtectorRecord>;
  readonly key: Uint8Array;
  readonly shares?: readonly string[];
}

const SALT_LENGTH = 16;

/**
 * Makes a protector key from a spec.
 * @throws RangeError when the spec is invalid; KeyringUnlockError, TpmError as its source does
 */
export async function createProtector(spec: ProtectorSpec, vaultId: string): Promise<CreatedProtector> {
  switch (spec.type) {
    case 'passphrase': {
      if (typeof spec.passphrase !== 'string' || spec.passphrase.length === 0) {
        throw new RangeError('a passphrase protector needs a non-empty passphrase');
      }
      const kdf = resolveScryptParams(spec.kdf ?? DEFAULT_SCRYPT);
      const salt = randomBytes(SALT_LENGTH);
      const key = await derivePassphraseKey(spec.passphrase, salt, kdf);
      return { fields: { type: 'passphrase', kdf: { name: 'scrypt', ...kdf }, salt: salt.toString('base64') }, key };
    }
    case 'keyfile':
      if (typeof spec.path !== 'string' || spec.path.length === 0)
        throw new RangeError('a key file protector needs a path');
      return { fields: { type: 'keyfile', path: spec.path }, key: await loadKeyFile(spec.path, { create: true }) };
    case 'tpm': {
      const key = randomBytes(XCHACHA_KEY_LENGTH);
      const sealed = await tpmSeal(key, spec.tcti);
      return {
        fields: {
          type: 'tpm',
          public: Buffer.from(sealed.public).toString('base64'),
          private: Buffer.from(sealed.private).toString('base64'),
        },
        key,
      };
    }
    case 'shamir': {
      const { shares, threshold } = spec;
      if (!Number.isSafeInteger(shares) || shares < 2 || shares > 255) {
        throw new RangeError(`Shamir shares must be an integer from 2 to 255, got ${shares}`);
      }
      if (!Number.isSafeInteger(threshold) || threshold < 2 || threshold > shares) {
        throw new RangeError(`Shamir threshold must be an integer from 2 to ${shares}, got ${threshold}`);
      }
      const key = randomBytes(XCHACHA_KEY_LENGTH);
      return {
        fields: { type: 'shamir', shares, threshold },
        key,
        shares: await splitIntoShares(key, vaultId, shares, threshold),
      };
    }
    default:
      throw new RangeError(`unknown protector type ${JSON.stringify((spec as { type: unknown }).type)}`);
  }
}

/**
 * Recovers a protector key from what the operator gives. Whether it is the right key is for the
 * vault to check, by unwrapping the root key.
 * @throws UnsealError (`UNSEAL_FAILED`) when the input does not fit the protector or its source fails
 * @throws TpmError (`TPM_FAILED`) when the TPM cannot be reached or refuses
 */
export async function protectorKey(record: ProtectorRecord, input: UnsealInput, vaultId: string): Promise<Uint8Array> {
  if (record.type !== input.type) {
    throw new UnsealError(`protector ${record.id} is a ${record.type} protector, not ${input.type}`);
  }
  switch (input.type) {
    case 'passphrase': {
      const { kdf, salt } = record as Extract<ProtectorRecord, { type: 'passphrase' }>;
      if (typeof input.passphrase !== 'string' || input.passphrase.length === 0) {
        throw new UnsealError('empty passphrase: a passphrase is required');
      }
      return derivePassphraseKey(input.passphrase, Buffer.from(salt, 'base64'), kdf);
    }
    case 'keyfile': {
      const path = input.path ?? (record as Extract<ProtectorRecord, { type: 'keyfile' }>).path;
      try {
        return await loadKeyFile(path);
      } catch (error) {
        if (!(error instanceof KeyringUnlockError)) throw error;
        throw new UnsealError(error.message, { cause: error });
      }
    }
    case 'tpm': {
      const sealed = record as Extract<ProtectorRecord, { type: 'tpm' }>;
      return tpmUnseal(
        { public: Buffer.from(sealed.public, 'base64'), private: Buffer.from(sealed.private, 'base64') },
        input.tcti,
      );
    }
    case 'shamir': {
      const { threshold } = record as Extract<ProtectorRecord, { type: 'shamir' }>;
      if (!Array.isArray(input.shares)) throw new UnsealError('shares must be a list of share lines');
      return combineShares(input.shares, vaultId, threshold);
    }
    default:
      throw new UnsealError(`unknown protector type ${JSON.stringify((input as { type: unknown }).type)}`);
  }
}
