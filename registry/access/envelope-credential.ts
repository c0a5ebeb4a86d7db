/**
 * The credential of envelopes to data entities: an HMAC-SHA-256 of the request's canonical text
 * (`credentialMessage`: target, method, request id, deadline, the whole caller and the payload)
 * under the envelope key of an epoch, which only nodes and gateways hold (see
 * envelope-keyring.ts). A MAC costs a few microseconds, far less than the ask it guards; a
 * public-key signature per request would cost more than the ask.
 *
 * It travels in the envelope's `credential` field as 37 bytes: 0x01, the epoch, the MAC (see
 * request-credential.ts): no JSON to parse on every request.
 */
import { timingSafeEqual } from 'node:crypto';
import { RequestDeniedError, UnavailableError } from '../../actors/index.js';
import type { RequestGuard, RequestSigner } from '../../actors/index.js';
import type { EnvelopeKeyring } from './envelope-keyring.js';
import { decodeCredential, encodeCredential, requestMac } from './request-credential.js';

/**
 * Vouches for requests to the kinds `covers` names with the current envelope key.
 * @throws UnavailableError (`UNAVAILABLE`) from the signer while no key is loaded
 */
export function envelopeSigner(keyring: EnvelopeKeyring, covers: (kind: string) => boolean): RequestSigner {
  return (request) => {
    if (!covers(request.kind)) return undefined;
    const { epoch, key } = keyring.signingKey();
    return encodeCredential({ t: 'envelope', e: epoch, mac: requestMac(key, request) });
  };
}

/**
 * Admits a request to a data entity only with an envelope MAC that matches it under a key of an
 * epoch near now: no credential, another kind of credential (a node certificate's signature: a
 * certificate alone does not make a node), an unknown or stale epoch, or any covered field
 * altered (caller included) is refused.
 * @throws RequestDeniedError (`PERMISSION_DENIED`) with reason NO_CREDENTIAL,
 *   MALFORMED_CREDENTIAL, NOT_AN_ENVELOPE_CREDENTIAL, UNKNOWN_EPOCH or BAD_MAC
 * @throws UnavailableError (`UNAVAILABLE`, retryable) before the node has loaded any key
 */
export function envelopeGuard(keyring: EnvelopeKeyring): RequestGuard {
  return async (request) => {
    const credential = decodeCredential(request.credential);
    if (credential.t !== 'envelope') {
      throw new RequestDeniedError(
        'data entities take only envelopes vouched for by a node or gateway of the cluster',
        'NOT_AN_ENVELOPE_CREDENTIAL',
      );
    }
    // A node that has not reached the registry yet says so; the caller retries elsewhere or later.
    if (!keyring.loaded) throw new UnavailableError('this node has no envelope keys yet: is the registry up?');
    const key = keyring.heldKey(credential.e) ?? (await keyring.verifyingKey(credential.e));
    if (key === undefined) {
      throw new RequestDeniedError(`no envelope key of epoch ${credential.e} is in use now`, 'UNKNOWN_EPOCH');
    }
    const given = credential.mac;
    const expected = requestMac(key, request);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new RequestDeniedError('the envelope credential does not match the request', 'BAD_MAC');
    }
  };
}

/** The first credential of several signers (each covers its own kinds). */
export function signerChain(...signers: readonly RequestSigner[]): RequestSigner {
  return (request) => {
    for (const signer of signers) {
      const credential = signer(request);
      if (credential !== undefined) return credential;
    }
    return undefined;
  };
}
