/**
 * Certificates from a CA of their own (not the registry's), for the servers tests and benches start
 * on loopback: an LDAP server, an OpenID provider, a Samba DC. Good for an hour.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  certificateSerial,
  p256SecretKey,
  p256Signer,
  p256Spki,
  SERIAL_LENGTH,
  signCertificate,
  toPem,
} from '../../registry/ca/index.js';
import type { CertificateNames, CertificateRole } from '../../registry/ca/index.js';

/**
 * A leaf certificate from a fresh one-hour CA of its own.
 * @returns the leaf's private key, the leaf followed by the CA (PEM chain), and the CA alone
 */
export function ownCaCertificate(
  subject: CertificateNames,
  role: CertificateRole,
  caName = 'Redoubt CA cluster g1',
): { key: string; cert: string; ca: string } {
  const caKey = p256SecretKey(randomBytes(48));
  const now = Date.now();
  const caDer = signCertificate(
    {
      serial: certificateSerial(randomBytes(SERIAL_LENGTH)),
      subject: { commonName: caName, dnsNames: [], ipAddresses: [] },
      spki: p256Spki(caKey),
      notBefore: now - 60_000,
      notAfter: now + 3600_000,
      profile: 'ca',
      issuer: undefined,
    },
    p256Signer(caKey),
  );
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leafDer = signCertificate(
    {
      serial: certificateSerial(randomBytes(SERIAL_LENGTH)),
      subject,
      spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
      notBefore: now - 60_000,
      notAfter: now + 3600_000,
      profile: role,
      issuer: caDer,
    },
    p256Signer(caKey),
  );
  const ca = toPem('CERTIFICATE', caDer);
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    cert: `${toPem('CERTIFICATE', leafDer)}${ca}`,
    ca,
  };
}
