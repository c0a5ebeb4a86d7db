/**
 * The domain: the entity kinds of the product (accounts, sessions, orgs, projects, issues, the
 * audit trail) on top of the actor runtime. Other folders import from here, never from inside.
 */
export { evolveLedger, initialLedger, ledger } from './ledger/index.js';
export { account, ROLES } from './account/index.js';
export { emailIdsOf, emailIndex, emailIndexId, legacyEmailIndexId } from './email/index.js';
export { session } from './session/index.js';
export { SECURITY_LOG_KEPT, securityLog } from './security-log/index.js';
export type { SecurityEntry, SecurityLogReply } from './security-log/index.js';
export { factors, normalizeRecoveryCode, recoveryCodeHash, RECOVERY_CODE_COUNT, smsCodeHash } from './factors/index.js';
export { maskedPhone } from './factors/sms.js';
export type { FactorsReply, FactorsSummary, FactorsState } from './factors/index.js';
export { org } from './org/index.js';
export { ORG_INDEX_ID, orgIndex } from './org-index/index.js';
export { DEFAULT_COLUMNS, project } from './project/index.js';
export { issue } from './issue/index.js';
export { auditPage } from './audit-page/index.js';
export {
  audit,
  auditMessage,
  parseAuditMessage,
  parseMemberAuditMessage,
  checkChain,
  GENESIS_HASH,
  PAGE_SIZE,
  recordHash,
  stateDigest,
} from './audit/index.js';

export type {
  AccountCommand,
  AccountProfile,
  CreatedReply,
  ResetStartedReply,
  CredentialsReply,
  OrgRole,
  PasswordRecord,
  TokenRecord,
} from './account/index.js';
export type { EmailIds, EmailReply } from './email/index.js';
export type { Assurance, AssuranceNeed, FactorKind, SessionReply, SessionStatus, UsedFactor } from './session/index.js';
export { assuranceOf, FACTOR_CATEGORY, isFactorKind, NO_NEED, shortfall, strictest } from './session/index.js';
export type { OrgMember, OrgReply, OrgView } from './org/index.js';
export type { IndexedOrg } from './org-index/index.js';
export type { ClassAssurance, IssueSummary, ProjectMember, ProjectPolicy, ProjectView } from './project/index.js';
export type { IssueComment, IssueState } from './issue/index.js';
export type {
  AppendReply as AuditAppendReply,
  AuditEntry,
  AuditHead,
  AuditedPart,
  AuditMessage,
  AuditRecord,
  ChainProblem,
  Checkpoint,
  PendingPage,
} from './audit/index.js';
export type { AppendReply, LedgerCommand, LedgerEvent, LedgerReply, LedgerState, ReadReply } from './ledger/index.js';

export { AuditTrail } from './audit-trail.js';
export type { AuditVerification } from './audit-trail.js';
export { mailToken, refreshToken, sessionOfRefreshToken, tokenHash } from './account/tokens.js';
export * from './workflows/index.js';
