export { AcmeCertificates, AcmeError } from './acme-certificates.js';
export type { AcmeChallenge, AcmeOptions } from './acme-certificates.js';
export { AcmeStore } from './acme-store.js';
export type { HeldCertificate } from './acme-store.js';
export { serveAlpnChallenges, serveHttpChallenges } from './challenge-responders.js';
export type { ChallengeResponder } from './challenge-responders.js';
