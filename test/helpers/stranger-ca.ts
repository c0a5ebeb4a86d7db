/** A certificate from a CA that is not the registry's: what an intruder with its own CA holds. */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { p256SecretKey, p256Signer, p256Spki, signCertificate, toPem } from '../../registry/ca/index.js';

/** @returns the leaf's private key and certificate, PEM; role `node` (serverAuth and clientAuth) */
export function strangerCertificate(commonName: string) {
  const caKey = p256SecretKey(randomBytes(48));
  const now = Date.now();
  const caDer = signCertificate(
    {
      serial: randomBytes(16),
      subject: { commonName: 'Redoubt CA cluster g1', dnsNames: [], ipAddresses: [] },
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
      serial: randomBytes(16),
      subject: { commonName, dnsNames: [], ipAddresses: [] },
      spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
      notBefore: now - 60_000,
      notAfter: now + 3600_000,
      profile: 'node',
      issuer: caDer,
    },
    p256Signer(caKey),
  );
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, cert: toPem('CERTIFICATE', leafDer) };
}
