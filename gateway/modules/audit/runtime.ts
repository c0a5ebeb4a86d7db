/** What the audit module runs: the audit chain and its full pages, and AuditService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { audit, auditPage } from '../../../domain/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { auditService } from '../../services/audit-service.js';

/** `audit/<org>` and `audit-page/<org>/<n>`. */
export const kinds: readonly AnyEntityKind[] = [audit, auditPage];

/** AuditService. */
export const services: Readonly<Record<string, ServiceFactory>> = { 'redoubt.v1.AuditService': auditService };

/** Well-formed requests of every method. */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.AuditService': ({ orgId }) => ({
    List: { orgId, afterSeq: 0, limit: 10 },
    Export: { orgId },
    Verify: { orgId },
  }),
};
