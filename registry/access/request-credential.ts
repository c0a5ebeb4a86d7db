/**
 * The credentials registry entities accept, as they travel in an envelope's `credential` field:
 *
 * - `registry`: an HMAC-SHA-256 of the request under a key derived from a master-key version, so
 *   only a process holding the unsealed vault (registry and standalone nodes) makes one;
 * - `node`: an ECDSA P-256 signature of the request by the key of a certificate from the
 *   internal CA, with that certificate (DER), so a shard node or gateway proves what it is.
 *
 * Both cover the canonical request text of the runtime (`credentialMessage`): target, method,
 * request id, deadline, the whole caller and the payload. A captured request replays only until its deadline
 * (at most 5 minutes ahead), and then only as itself.
 */
import { createHmac, createSecretKey, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { credentialHeader, credentialMessage } from '../../actors/index.js';
import type { CredentialedRequest, DataKey, RequestSigner } from '../../actors/index.js';
import { RequestDeniedError } from '../../actors/index.js';
import type { Vault } from '../vault/vault.js';

/** A credential as it travels (JSON in the envelope's bytes). */
export type RequestCredential =
  | { readonly t: 'registry'; readonly v: number; readonly mac: string }
  | { readonly t: 'node'; readonly cert: string; readonly sig: string }
  /** An envelope MAC for data entities (see envelope-credential.ts); binary on the wire. */
  | { readonly t: 'envelope'; readonly e: number; readonly mac: Uint8Array };

/**
 * Envelope credentials, on every request to a data entity, travel as bytes rather than JSON:
 * `0x01 ‖ epoch (u32 BE) ‖ HMAC (32 bytes)`. No JSON text starts with 0x01.
 */
const ENVELOPE_TAG = 0x01;
const MAC_BYTES = 32;
const ENVELOPE_BYTES = 1 + 4 + MAC_BYTES;

const MAC_INFO = new TextEncoder().encode('redoubt/v1 registry request credential');
const MAX_CREDENTIAL_BYTES = 8_192;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The MAC key of one master-key version (HKDF, salted with the vault id), as a KeyObject: an
 * HMAC keyed with raw bytes makes a KeyObject on every call (32 µs here, against 7 µs).
 */
export function requestMacKey(vault: Vault, master: DataKey): KeyObject {
  const bytes = hkdf(sha256, master.bytes, Buffer.from(vault.id, 'hex'), MAC_INFO, 32);
  try {
    return createSecretKey(bytes);
  } finally {
    bytes.fill(0);
  }
}

/** The MAC keys of a vault's master-key versions, made once each and dropped when it is sealed. */
export function requestMacKeys(vault: Vault): (version: number) => KeyObject {
  const keys = new Map<number, KeyObject>();
  vault.onSeal(() => keys.clear());
  return (version) => {
    let key = keys.get(version);
    if (key === undefined) {
      key = requestMacKey(vault, vault.masterKey(version));
      keys.set(version, key);
    }
    return key;
  };
}

/**
 * The HMAC-SHA-256 of a request's `credentialMessage` under a key (a master-key version's, or an
 * envelope epoch's), fed as header text then payload: no copy of the two into one buffer.
 */
export function requestMac(key: KeyObject, request: CredentialedRequest): Buffer {
  return createHmac('sha256', key).update(credentialHeader(request)).update(request.payload).digest();
}

/**
 * Signs requests to registry entities as the registry: a MAC under the current master key. The
 * derived MAC keys are cached per master version and wiped when the vault is sealed.
 * @param covers - which kinds to sign for (the registry's; data entities need no credential)
 * @throws VaultSealedError (`VAULT_SEALED`) from the signer while the vault is sealed
 */
export function registrySigner(vault: Vault, covers: (kind: string) => boolean): RequestSigner {
  const keyOf = requestMacKeys(vault);
  return (request) => {
    if (!covers(request.kind)) return undefined;
    const { version } = vault.currentMasterKey();
    return encodeCredential({ t: 'registry', v: version, mac: requestMac(keyOf(version), request).toString('base64') });
  };
}

/** What a node signs with: its private key and its certificate (DER), both replaceable on renewal. */
export interface NodeSigningKey {
  readonly privateKey: KeyObject;
  readonly certificateDer: Uint8Array;
}

/** Signs requests as a node, with whatever key and certificate `current()` gives at the time. */
export function nodeSigner(current: () => NodeSigningKey): RequestSigner {
  return (request) => {
    const { privateKey, certificateDer } = current();
    const sig = sign('sha256', credentialMessage(request), privateKey).toString('base64');
    return encodeCredential({ t: 'node', cert: Buffer.from(certificateDer).toString('base64'), sig });
  };
}

export function encodeCredential(credential: RequestCredential): Uint8Array {
  if (credential.t === 'envelope') {
    const bytes = Buffer.allocUnsafe(ENVELOPE_BYTES);
    bytes[0] = ENVELOPE_TAG;
    bytes.writeUInt32BE(credential.e, 1);
    bytes.set(credential.mac, 5);
    return bytes;
  }
  return new TextEncoder().encode(JSON.stringify(credential));
}

/** @throws RequestDeniedError (`PERMISSION_DENIED`, reason `NO_CREDENTIAL` or `MALFORMED_CREDENTIAL`) */
export function decodeCredential(bytes: Uint8Array): RequestCredential {
  if (bytes.length === 0) {
    throw new RequestDeniedError(
      'requests to entities need a credential: a registry MAC, a node certificate or an envelope MAC',
      'NO_CREDENTIAL',
    );
  }
  const malformed = (what: string) => new RequestDeniedError(`credential: ${what}`, 'MALFORMED_CREDENTIAL');
  if (bytes.length > MAX_CREDENTIAL_BYTES) throw malformed(`longer than ${MAX_CREDENTIAL_BYTES} bytes`);
  if (bytes[0] === ENVELOPE_TAG) {
    if (bytes.length !== ENVELOPE_BYTES) throw malformed(`an envelope credential has ${ENVELOPE_BYTES} bytes`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { t: 'envelope', e: view.getUint32(1), mac: bytes.subarray(5) };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw malformed('not UTF-8 JSON');
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const base64 = (name: string): string => {
    const field = record[name];
    if (typeof field !== 'string' || !BASE64.test(field)) throw malformed(`${name} must be base64`);
    return field;
  };
  switch (record['t']) {
    case 'registry': {
      const v = record['v'];
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw malformed('v must be a positive integer');
      return { t: 'registry', v, mac: base64('mac') };
    }
    case 'node':
      return { t: 'node', cert: base64('cert'), sig: base64('sig') };
    default:
      throw malformed('t must be "registry" or "node" (an envelope credential is binary)');
  }
}
