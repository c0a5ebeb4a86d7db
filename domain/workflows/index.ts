/** The workflows that span entities, each change a step of its call (see workflow.ts). */
export { Workflow } from './workflow.js';
export type { StepOptions, WorkflowCall, WorkflowClients } from './workflow.js';
export {
  accountOfEmail,
  changePassword,
  closeSession,
  openSession,
  resetPassword,
  revokeSessions,
  rotateRefreshToken,
  signUp,
  startPasswordReset,
  addSessionFactor,
} from './sessions.js';
export type { OpenedSession, SignedUp } from './sessions.js';
export { addMember, configureOrg, createOrg, removeMember, renameOrg } from './orgs.js';
export { changeProject, createProject } from './projects.js';
export { changeIssue, createIssue, moveIssue } from './issues.js';
export type { IssueRef } from './issues.js';
export { claimant } from './claims.js';
