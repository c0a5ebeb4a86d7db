/**
 * Server credentials that speak TLS 1.3 only (grpc-js' own `createSsl` allows 1.2). The key and
 * certificate can be replaced while the server runs (renewal), without dropping connections.
 */
import { ServerCredentials } from '@grpc/grpc-js';
import type { SecureContextOptions } from 'node:tls';

export interface GatewayCertificate {
  /** PEM private key. */
  readonly key: string;
  /** PEM certificate chain. */
  readonly cert: string;
}

function contextOf(certificate: GatewayCertificate): SecureContextOptions {
  return {
    key: Buffer.from(certificate.key),
    cert: Buffer.from(certificate.cert),
    minVersion: 'TLSv1.3',
    maxVersion: 'TLSv1.3',
  };
}

export class Tls13ServerCredentials extends ServerCredentials {
  constructor(certificate: GatewayCertificate) {
    super({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', ALPNProtocols: ['h2'] }, contextOf(certificate));
  }

  /** Serves a renewed certificate to new connections from now on. */
  replace(certificate: GatewayCertificate): void {
    this.updateSecureContextOptions(contextOf(certificate));
  }

  _equals(other: ServerCredentials): boolean {
    return other === this;
  }
}
