/** The registry's public names. */
export { Vault } from './vault/vault.js';
export { FileVaultStore } from './vault/vault-store.js';
export { KvVaultStore } from './vault/kv-vault-store.js';
export { VaultKeyring } from './vault/vault-keyring.js';
export {
  keyset,
  keysetIdOf,
  newTransportKeyPair,
  openFromSender,
  REGISTRY_SCOPE,
  RegistryKeyring,
  ScopedKeyring,
} from './keyset/index.js';
export { signingKeys, TokenSigner, TokenVerifier } from './signing/index.js';
export { accountHome, orgHome } from './directory/index.js';
export { RegistryHomeRouter } from './directory/home-router.js';
export { announceHomeChanged, HOMES_CHANGED_SUBJECT, onHomeChanged } from './directory/home-changes.js';
export type { HomeChange } from './directory/home-changes.js';
export { belongsToOrg, moveOrg, unmoved } from './directory/org-move.js';
export type { OrgMoveDeps, OrgMoveProgress, OrgMoveReport, RegionData } from './directory/org-move.js';
export type { RegistryHomeRouterOptions } from './directory/home-router.js';
export { prekeys } from './prekeys/index.js';
export { buildCsr, ca, CertificateRole, CLUSTER_CA_ID, NodeCertificate } from './ca/index.js';
export {
  CaTrust,
  encodeCredential,
  EnvelopeKeyring,
  envelopeGuard,
  envelopeSigner,
  NODE_COMMANDS,
  nodeSigner,
  registryGuard,
  registrySigner,
  scopedGuard,
  signerChain,
} from './access/index.js';
export { ENVELOPE_EPOCH_MS, ENVELOPE_KEYS_ID, envelopeKeys, epochAt } from './envelope-keys/index.js';
export type {
  EnvelopeKeysCommand,
  EnvelopeKeysFetchReply,
  EnvelopeKeysReply,
  EnvelopeKeysStatus,
  EpochKey,
} from './envelope-keys/index.js';
export { REGISTRY_KINDS } from './registry-kinds.js';
export { acme, acmeSealContext, DEFAULT_ACME_ACCOUNT, MAX_CHALLENGE_TTL_MS } from './acme/index.js';
export type {
  AcmeAccountReply,
  AcmeCertificateReply,
  AcmeCommand,
  AlpnChallengeReply,
  HttpChallengeReply,
} from './acme/index.js';
export { AUDIT_SIGNER_ID, auditSigner, checkpointMessage, verifyCheckpoint } from './audit-signer/index.js';
export * from './errors.js';
export * from './rotation/index.js';
export * from './backup/index.js';

export type { AuditPublicKeys, AuditSignature, AuditSignerCommand } from './audit-signer/index.js';
export type {
  AskCaBundle,
  AskEnvelopeKeys,
  EnvelopeKeyringOptions,
  NodeSigningKey,
  RegistryGuardParts,
} from './access/index.js';
export type { InitializedVault, ProtectorSummary, VaultStatus } from './vault/vault.js';
export type { VaultStore } from './vault/vault-store.js';
export type { ProtectorSpec, UnsealInput } from './vault/protectors.js';
export type { ProtectorType, VaultDocument } from './vault/vault-document.js';
export type {
  AskKeyset,
  FetchReply,
  KeysetCommand,
  KeysetEvent,
  KeysetReply,
  KeysetState,
  KeysetStatus,
  RegistryKeyringOptions,
} from './keyset/index.js';
export type {
  AskCertificate,
  CaCertificateReply,
  CaCommand,
  CaEvent,
  CaReply,
  CaState,
  CertificateFiles,
  IssueReply,
  LiveTlsOptions,
  NodeCertificateOptions,
  NodeTlsMaterial,
} from './ca/index.js';
export type {
  AskJwks,
  AskSigningKey,
  JwksReply,
  SignedToken,
  SigningJwk,
  SigningKeyReply,
  SigningKeysCommand,
  SigningKeysReply,
  SigningKeysStatus,
  SignOptions,
  TokenSignerOptions,
  TokenVerifierOptions,
  VerifiedToken,
} from './signing/index.js';
export type { AccountHomeReply, OrgHomeCommand, OrgHomeReply } from './directory/index.js';
export type {
  ClaimReply,
  PrekeysCommand,
  PrekeysReply,
  PrekeysStatus,
  PublicPrekey,
  PublishReply,
  SignedPrekey,
} from './prekeys/index.js';
