/** What the service handlers share: the entity client, tokens, password cost, mail, role cache. */
import type { EntityClient } from '../../actors/index.js';
import type { AccessTokens } from '../access-tokens.js';
import { Workflow } from '../../domain/index.js';
import type { AuditTrail, EmailIds } from '../../domain/index.js';
import { apiCaller } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import type { MailSink } from '../mail-outbox.js';
import type { SmsSender } from '../sms-webhook.js';
import type { OrgRoles } from '../org-roles.js';
import type { ScryptCost } from '../password-hash.js';

/** The deployment as browsers see it. */
export interface WebParty {
  /** The WebAuthn relying party id: the host name users reach (a passkey is bound to it). */
  readonly rpId: string;
  /** Shown by authenticators beside the passkey. */
  readonly rpName: string;
  /** Origins (scheme, host, port) pages may call from and WebAuthn ceremonies may run at. */
  origins(): readonly string[];
}

export interface ServiceParts {
  /** Reaches data entities (accounts, sessions, orgs) in this region. */
  readonly client: EntityClient;
  /** Reaches the registry's entities (org directory, signing keys). */
  readonly registry: EntityClient;
  readonly tokens: AccessTokens;
  readonly mail: MailSink;
  /** Where SMS codes go; undefined when the deployment has no SMS provider. */
  readonly sms: SmsSender | undefined;
  readonly roles: OrgRoles;
  /** Records every change made in an org. */
  readonly audit: AuditTrail;
  readonly passwordCost: ScryptCost;
  /** An address's ids in the email index (keyed by the platform's name key; see domain/email). */
  emailIds(email: string): EmailIds;
  /**
   * A pepper for hashes of short secrets (recovery codes): 32 bytes, hex, derived from the
   * platform's name key for one purpose and one subject. The stores never hold it, so a copy of
   * them cannot test guesses offline.
   */
  pepper(purpose: string, subject: string): string;
  /** Where browsers reach this gateway: WebAuthn's relying party and the allowed page origins. */
  readonly web: WebParty;
  /**
   * Lifetime of a session's refresh-token family, in milliseconds.
   * @default 30 days
   */
  readonly sessionLifetimeMs?: number;
}

/** The workflow of one call: its changes are steps keyed by the call's idempotency key. */
export function workflowOf(parts: ServiceParts, context: CallContext): Workflow {
  return new Workflow(
    { data: parts.client, registry: parts.registry },
    { caller: apiCaller(context), deadline: context.deadline, key: context.idempotencyKey() },
  );
}
