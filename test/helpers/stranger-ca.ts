/** Certificates from a CA that is not the registry's: what an intruder with its own CA holds, or a test server's. */
import { ownCaCertificate } from '../../sim/peers/own-ca.js';

export { ownCaCertificate };

/** @returns the leaf's private key and certificate, PEM; role `node` (serverAuth and clientAuth) */
export function strangerCertificate(commonName: string): { key: string; cert: string } {
  const { key, cert } = ownCaCertificate({ commonName, dnsNames: [], ipAddresses: [] }, 'node');
  // The leaf alone, as before: the stranger presents no chain.
  return { key, cert: cert.slice(0, cert.indexOf('-----END CERTIFICATE-----') + '-----END CERTIFICATE-----\n'.length) };
}
