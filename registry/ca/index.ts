/** The internal CA entity kind, hosted by the registry, its key sealed under the master key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { decideCa, parseCaCommand } from './handlers.js';
import { evolveCa, initialCa } from './state.js';

export const ca = defineEntity({
  kind: 'ca',
  commands: {
    init: ANY_ORIGIN,
    issue: ANY_ORIGIN,
    certificate: ANY_ORIGIN,
    rotate: ANY_ORIGIN,
  },
  parseCommand: parseCaCommand,
  initialState: initialCa,
  decide: decideCa,
  evolve: evolveCa,
  keyScope: () => REGISTRY_SCOPE,
  // A rotated-out CA key must leave the disks: erase the history that carried it.
  compactAfter: ['caRotated'],
});

export {
  CA_LIFETIME_MS,
  CLOCK_SKEW_MS,
  CLUSTER_CA_ID,
  DEFAULT_CERT_LIFETIME_MS,
  MAX_CERT_LIFETIME_MS,
  MIN_CERT_LIFETIME_MS,
} from './protocol.js';
export type * from './protocol.js';
export type { CaKey, CaState, RetiredCa } from './state.js';
export {
  CertificateRole,
  buildCsr,
  verifyCsr,
  p256SecretKey,
  p256Signer,
  p256Spki,
  signCertificate,
  certificateSerial,
  SERIAL_LENGTH,
  toPem,
  fromPem,
} from './x509.js';
export type { CertificateNames, CertificateSpec, Signer, VerifiedCsr } from './x509.js';
export { NodeCertificate } from './node-certificate.js';
export type {
  AskCertificate,
  CertificateFiles,
  LiveTlsOptions,
  NodeCertificateOptions,
  NodeTlsMaterial,
} from './node-certificate.js';
