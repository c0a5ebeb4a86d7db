/**
 * X.509 certificates and PKCS#10 requests for the internal CA, built and read synchronously (a
 * CA decision is synchronous): ASN.1 by `@peculiar/asn1-*`, ECDSA P-256 by `@noble/curves`
 * (the CA's key, drawn from the entity's randomness) or by the caller's signer (a node's key, in
 * node:crypto). Only P-256 keys with ECDSA-SHA256 signatures are made or accepted.
 */
import { isIP } from 'node:net';
import { CertificationRequest, CertificationRequestInfo, Attributes } from '@peculiar/asn1-csr';
import { ECParameters, id_ecPublicKey, id_ecdsaWithSHA256, id_secp256r1 } from '@peculiar/asn1-ecc';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  Attribute,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_kp_clientAuth,
  id_kp_serverAuth,
} from '@peculiar/asn1-x509';
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { CsrRejectedError } from '../errors.js';

/** What a certificate is for: `server` (serverAuth), `client` (clientAuth), `node` (both). */
export const CertificateRole = { node: 'node', server: 'server', client: 'client' } as const;
export type CertificateRole = (typeof CertificateRole)[keyof typeof CertificateRole];

/** The names a certificate may carry: a common name, DNS names and IP addresses, nothing else. */
export interface CertificateNames {
  readonly commonName: string | undefined;
  readonly dnsNames: readonly string[];
  readonly ipAddresses: readonly string[];
}

/** A verified request: the requester's public key (SPKI DER) and the names it asked for. */
export interface VerifiedCsr extends CertificateNames {
  readonly spki: Uint8Array;
}

/** Signs bytes with ECDSA P-256 over SHA-256 and returns a DER signature. */
export type Signer = (data: Uint8Array) => Uint8Array;

/** PKCS#9 extensionRequest: the attribute of a CSR that carries the requested extensions. */
const ID_EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const ID_COMMON_NAME = '2.5.4.3';
const MAX_NAMES = 16;
const MAX_PEM_LENGTH = 16_384;
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const COMMON_NAME = /^[\x20-\x7e]{1,64}$/;

/** Encodes DER as PEM with the given label. */
export function toPem(label: string, der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Decodes the one PEM block of `label` in `pem`; `undefined` when there is not exactly one. */
export function fromPem(label: string, pem: string): Uint8Array | undefined {
  if (pem.length > MAX_PEM_LENGTH) return undefined;
  const blocks = [
    ...pem.matchAll(new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`, 'g')),
  ];
  if (blocks.length !== 1) return undefined;
  const der = Buffer.from(blocks[0]![1]!.replace(/\s+/g, ''), 'base64');
  return der.length > 0 ? new Uint8Array(der) : undefined;
}

/** Splits a PEM bundle into its certificates' PEM blocks. */
export function splitPemCertificates(bundle: string): string[] {
  return bundle.match(/-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\n?/g) ?? [];
}

/** A P-256 secret key from 48 bytes of randomness (reduced mod n without bias, FIPS 186-5 A.2.1). */
export function p256SecretKey(seed: Uint8Array): Uint8Array {
  return p256.utils.randomSecretKey(seed);
}

/** The SubjectPublicKeyInfo (DER) of a P-256 secret key. */
export function p256Spki(secretKey: Uint8Array): Uint8Array {
  return encodeSpki(p256.getPublicKey(secretKey, false));
}

/** A {@link Signer} over a P-256 secret key (deterministic nonces, RFC 6979). */
export function p256Signer(secretKey: Uint8Array): Signer {
  return (data) => p256.sign(data, secretKey, { prehash: true, format: 'der' });
}

/**
 * Builds a PKCS#10 request for `spki` carrying `names` (CN and a SAN extension request), signed
 * with the matching private key through `sign`.
 * @returns the request as PEM
 */
export function buildCsr(spki: Uint8Array, names: CertificateNames, sign: Signer): string {
  const attributes = new Attributes();
  const san = subjectAltName(names);
  if (san !== undefined) {
    const requested = AsnConvert.serialize(new Extensions([extension(id_ce_subjectAltName, false, san)]));
    attributes.push(new Attribute({ type: ID_EXTENSION_REQUEST, values: [requested] }));
  }
  const info = new CertificationRequestInfo({
    version: 0,
    subject: nameOf(names.commonName),
    subjectPKInfo: AsnConvert.parse(spki, SubjectPublicKeyInfo),
    attributes,
  });
  const infoDer = new Uint8Array(AsnConvert.serialize(info));
  const csr = new CertificationRequest({
    certificationRequestInfo: info,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: id_ecdsaWithSHA256 }),
    signature: toArrayBuffer(sign(infoDer)),
  });
  return toPem('CERTIFICATE REQUEST', new Uint8Array(AsnConvert.serialize(csr)));
}

/**
 * Reads a PEM request, checks its key is P-256 and its signature verifies, and returns the key
 * and the allowed names. Only the subject's CN and the DNS and IP entries of a requested SAN are
 * kept; every other requested extension is ignored (the CA sets its own).
 * @throws CsrRejectedError (`CSR_REJECTED`) with `details.reason`: MALFORMED, UNSUPPORTED_KEY,
 *   BAD_SIGNATURE, FORBIDDEN_NAME or NO_NAME
 */
export function verifyCsr(pem: string): VerifiedCsr {
  const der = fromPem('CERTIFICATE REQUEST', pem);
  if (der === undefined) throw new CsrRejectedError('MALFORMED', 'csr is not one PEM "CERTIFICATE REQUEST" block');
  let csr: CertificationRequest;
  try {
    csr = AsnConvert.parse(der, CertificationRequest);
  } catch (error) {
    throw new CsrRejectedError('MALFORMED', 'csr is not a PKCS#10 certification request', { cause: error });
  }
  const info = csr.certificationRequestInfo;
  if (info.version !== 0) throw new CsrRejectedError('MALFORMED', 'csr version must be v1 (0)');
  const publicKey = p256PublicKey(info.subjectPKInfo);
  if (csr.signatureAlgorithm.algorithm !== id_ecdsaWithSHA256) {
    throw new CsrRejectedError('UNSUPPORTED_KEY', 'csr must be signed with ecdsa-with-SHA256');
  }
  const signed = csr.certificationRequestInfoRaw ?? AsnConvert.serialize(info);
  let valid: boolean;
  try {
    // OpenSSL signs with high-S as often as not: accept both halves, as X.509 verifiers do.
    valid = p256.verify(new Uint8Array(csr.signature), new Uint8Array(signed), publicKey, {
      prehash: true,
      format: 'der',
      lowS: false,
    });
  } catch {
    valid = false;
  }
  if (!valid) throw new CsrRejectedError('BAD_SIGNATURE', 'csr signature does not verify with its own public key');
  const names = requestedNames(info);
  if (names.commonName === undefined && names.dnsNames.length === 0 && names.ipAddresses.length === 0) {
    throw new CsrRejectedError('NO_NAME', 'csr names nothing: give a CN or a DNS or IP subject alternative name');
  }
  return { spki: new Uint8Array(AsnConvert.serialize(info.subjectPKInfo)), ...names };
}

/** Options of {@link signCertificate}. */
export interface CertificateSpec {
  /** Positive serial number, up to 20 bytes. */
  readonly serial: Uint8Array;
  readonly subject: CertificateNames;
  readonly spki: Uint8Array;
  readonly notBefore: number;
  readonly notAfter: number;
  /** `ca` makes a CA certificate (keyCertSign, pathLen 0); a role makes a leaf with its EKUs. */
  readonly profile: 'ca' | CertificateRole;
  /** The issuer's certificate (DER); `undefined` for a self-signed one. */
  readonly issuer: Uint8Array | undefined;
}

/** Bytes of a certificate serial: 16 random bytes of which the top two bits of the first are 01. */
export const SERIAL_LENGTH = 16;

/**
 * Makes random bytes a serial number (in place): positive and of full length, so that its DER
 * INTEGER is minimal. A raw random first byte is negative half the time and needs a padding byte
 * (which strict parsers such as OpenSSL 3's refuse as "illegal padding") one time in 128.
 */
export function certificateSerial(random: Uint8Array): Uint8Array {
  if (random.length === 0 || random.length > 20)
    throw new RangeError(`a serial holds 1 to 20 bytes, not ${random.length}`);
  random[0] = (random[0]! & 0x7f) | 0x40;
  return random;
}

/** Builds and signs a certificate. @returns its DER */
export function signCertificate(spec: CertificateSpec, sign: Signer): Uint8Array {
  const first = spec.serial[0];
  if (first === undefined || spec.serial.length > 20 || first & 0x80 || (first === 0 && spec.serial.length > 1)) {
    throw new RangeError('a certificate serial must be positive, minimal and at most 20 bytes: see certificateSerial');
  }
  const spki = AsnConvert.parse(spec.spki, SubjectPublicKeyInfo);
  const subjectKeyId = keyIdentifier(spki);
  const issuer = spec.issuer === undefined ? undefined : AsnConvert.parse(spec.issuer, Certificate).tbsCertificate;
  const issuerKeyId = issuer === undefined ? subjectKeyId : keyIdentifier(issuer.subjectPublicKeyInfo);
  const subject = nameOf(spec.subject.commonName);
  const extensions = [
    extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(subjectKeyId)),
    extension(
      id_ce_authorityKeyIdentifier,
      false,
      new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(issuerKeyId) }),
    ),
  ];
  if (spec.profile === 'ca') {
    extensions.push(
      extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: true, pathLenConstraint: 0 })),
      extension(
        id_ce_keyUsage,
        true,
        new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign | KeyUsageFlags.digitalSignature),
      ),
    );
  } else {
    const purposes = {
      node: [id_kp_serverAuth, id_kp_clientAuth],
      server: [id_kp_serverAuth],
      client: [id_kp_clientAuth],
    }[spec.profile];
    extensions.push(
      extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: false })),
      extension(id_ce_keyUsage, true, new KeyUsage(KeyUsageFlags.digitalSignature)),
      extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage(purposes)),
    );
  }
  const san = subjectAltName(spec.subject);
  // With an empty subject the SAN is the identity and must be critical (RFC 5280 4.2.1.6).
  if (san !== undefined) extensions.push(extension(id_ce_subjectAltName, subject.length === 0, san));
  const algorithm = new AlgorithmIdentifier({ algorithm: id_ecdsaWithSHA256 });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: toArrayBuffer(spec.serial),
    signature: algorithm,
    issuer: issuer?.subject ?? subject,
    validity: new Validity({ notBefore: new Date(spec.notBefore), notAfter: new Date(spec.notAfter) }),
    subject,
    subjectPublicKeyInfo: spki,
    extensions: new Extensions(extensions),
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const certificate = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: algorithm,
    signatureValue: toArrayBuffer(sign(tbsDer)),
  });
  return new Uint8Array(AsnConvert.serialize(certificate));
}

function p256PublicKey(spki: SubjectPublicKeyInfo): Uint8Array {
  const unsupported = () => new CsrRejectedError('UNSUPPORTED_KEY', 'csr key must be an EC P-256 (prime256v1) key');
  if (spki.algorithm.algorithm !== id_ecPublicKey || !spki.algorithm.parameters) throw unsupported();
  let curve: string | undefined;
  try {
    curve = AsnConvert.parse(spki.algorithm.parameters, ECParameters).namedCurve;
  } catch {
    throw unsupported();
  }
  const point = new Uint8Array(spki.subjectPublicKey);
  if (curve !== id_secp256r1 || !p256.utils.isValidPublicKey(point, false)) throw unsupported();
  return point;
}

function encodeSpki(point: Uint8Array): Uint8Array {
  const spki = new SubjectPublicKeyInfo({
    algorithm: new AlgorithmIdentifier({
      algorithm: id_ecPublicKey,
      parameters: AsnConvert.serialize(new ECParameters({ namedCurve: id_secp256r1 })),
    }),
    subjectPublicKey: toArrayBuffer(point),
  });
  return new Uint8Array(AsnConvert.serialize(spki));
}

function requestedNames(info: CertificationRequestInfo): CertificateNames {
  let commonName: string | undefined;
  for (const rdn of info.subject) {
    for (const attribute of rdn) {
      if (attribute.type !== ID_COMMON_NAME) continue;
      const value = attribute.value.toString();
      if (commonName !== undefined || !COMMON_NAME.test(value)) {
        throw new CsrRejectedError('FORBIDDEN_NAME', 'csr CN must be one printable ASCII name of 1 to 64 characters');
      }
      commonName = value;
    }
  }
  const dnsNames: string[] = [];
  const ipAddresses: string[] = [];
  for (const attribute of info.attributes ?? []) {
    if (attribute.type !== ID_EXTENSION_REQUEST) continue;
    for (const value of attribute.values) {
      let extensions: Extensions;
      try {
        extensions = AsnConvert.parse(value, Extensions);
      } catch (error) {
        throw new CsrRejectedError('MALFORMED', 'csr extension request is not a list of extensions', { cause: error });
      }
      for (const requested of extensions) {
        if (requested.extnID !== id_ce_subjectAltName) continue;
        let san: SubjectAlternativeName;
        try {
          san = AsnConvert.parse(requested.extnValue, SubjectAlternativeName);
        } catch (error) {
          throw new CsrRejectedError('MALFORMED', 'csr subject alternative name is malformed', { cause: error });
        }
        for (const name of san) {
          if (name.dNSName !== undefined && DNS_NAME.test(name.dNSName)) dnsNames.push(name.dNSName.toLowerCase());
          else if (name.iPAddress !== undefined && isIP(name.iPAddress) !== 0) ipAddresses.push(name.iPAddress);
          else {
            throw new CsrRejectedError(
              'FORBIDDEN_NAME',
              'csr may name only DNS host names (no wildcards) and IP addresses as alternative names',
            );
          }
        }
      }
    }
  }
  if (dnsNames.length + ipAddresses.length > MAX_NAMES) {
    throw new CsrRejectedError('FORBIDDEN_NAME', `csr names more than ${MAX_NAMES} alternative names`);
  }
  return { commonName, dnsNames, ipAddresses };
}

function nameOf(commonName: string | undefined): Name {
  if (commonName === undefined) return new Name([]);
  const value = new AttributeValue({ utf8String: commonName });
  return new Name([new RelativeDistinguishedName([new AttributeTypeAndValue({ type: ID_COMMON_NAME, value })])]);
}

function subjectAltName(names: CertificateNames): SubjectAlternativeName | undefined {
  const entries = [
    ...names.dnsNames.map((dNSName) => new GeneralName({ dNSName })),
    ...names.ipAddresses.map((iPAddress) => new GeneralName({ iPAddress })),
  ];
  return entries.length === 0 ? undefined : new SubjectAlternativeName(entries);
}

function extension(extnID: string, critical: boolean, value: unknown): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

/** RFC 7093 method 1: the leftmost 160 bits of the SHA-256 of the public key bits. */
function keyIdentifier(spki: SubjectPublicKeyInfo): Uint8Array {
  return sha256(new Uint8Array(spki.subjectPublicKey)).subarray(0, 20);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
