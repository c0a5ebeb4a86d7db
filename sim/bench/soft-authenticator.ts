/**
 * A software passkey for the login bench: a P-256 key in memory that answers the gateway's
 * WebAuthn options as a platform authenticator would (attestation "none", user present and
 * verified, a device-bound counter), so passkey sign-ins can be driven at load without a browser.
 * The signatures are Node's ECDSA; the CBOR is @simplewebauthn's own encoder.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED = 0x40;
const COSE_EC2 = 2;
const COSE_ES256 = -7;
const COSE_P256 = 1;

interface Options {
  readonly challenge: string;
  readonly rp?: { readonly id?: string };
  readonly rpId?: string;
  readonly user?: { readonly id: string };
}

export class SoftAuthenticator {
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  readonly credentialId = randomBytes(16);
  #counter = 0;
  #userHandle = '';

  /** @param aaguid - the authenticator model it claims to be; all zeros (none) by default */
  constructor(
    private readonly origin: string,
    private readonly aaguid = '00000000-0000-0000-0000-000000000000',
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.#privateKey = privateKey;
    this.#publicKey = publicKey;
  }

  /** The RegistrationResponseJSON (as JSON text) for StartPasskeyRegistration's options. */
  register(optionsJson: string): string {
    const options = JSON.parse(optionsJson) as Options;
    this.#userHandle = options.user!.id;
    const clientData = this.#clientData('webauthn.create', options.challenge);
    const jwk = this.#publicKey.export({ format: 'jwk' });
    const coseKey = new Map<number, number | Uint8Array>([
      [1, COSE_EC2],
      [3, COSE_ES256],
      [-1, COSE_P256],
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ]);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([
      this.#authDataHead(options.rp!.id!, FLAG_USER_PRESENT | FLAG_USER_VERIFIED | FLAG_ATTESTED),
      Buffer.from(this.aaguid.replaceAll('-', ''), 'hex'),
      idLength,
      this.credentialId,
      isoCBOR.encode(coseKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', new Uint8Array(authData)],
      ]),
    );
    return JSON.stringify({
      id: this.credentialId.toString('base64url'),
      rawId: this.credentialId.toString('base64url'),
      type: 'public-key',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        attestationObject: Buffer.from(attestationObject).toString('base64url'),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    });
  }

  /** The AuthenticationResponseJSON (as JSON text) for StartPasskeyLogin's options. */
  assert(optionsJson: string): string {
    const options = JSON.parse(optionsJson) as Options;
    const clientData = this.#clientData('webauthn.get', options.challenge);
    const authData = this.#authDataHead(options.rpId!, FLAG_USER_PRESENT | FLAG_USER_VERIFIED);
    const signed = Buffer.concat([authData, createHash('sha256').update(clientData).digest()]);
    return JSON.stringify({
      id: this.credentialId.toString('base64url'),
      rawId: this.credentialId.toString('base64url'),
      type: 'public-key',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: sign('sha256', signed, this.#privateKey).toString('base64url'),
        userHandle: this.#userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    });
  }

  #clientData(type: string, challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }));
  }

  /** RP id hash, flags and the next signature counter. */
  #authDataHead(rpId: string, flags: number): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(++this.#counter);
    return Buffer.concat([createHash('sha256').update(rpId).digest(), Buffer.from([flags]), counter]);
  }
}
