/** AuditService: read, export and verify an org's audit trail. */
import type { UnaryHandler } from '../pipeline.js';
import type { ServiceParts } from './service-parts.js';

const DEFAULT_LIMIT = 100;

export function auditService(parts: ServiceParts): Record<string, UnaryHandler> {
  return {
    async List(request, context) {
      const orgId = String(request['orgId']);
      const after = Number(request['afterSeq'] ?? 0);
      const limit = Number(request['limit'] ?? 0) || DEFAULT_LIMIT;
      const { records } = await parts.audit.read(orgId, context.deadline, after, limit);
      return { records: records.filter((record) => record.seq > after).slice(0, limit) };
    },
    async Export(request, context) {
      const { head, records } = await parts.audit.read(String(request['orgId']), context.deadline);
      return { records, checkpoints: head.checkpoints, headSeq: head.seq, headHash: head.head };
    },
    async Verify(request, context) {
      return parts.audit.verify(String(request['orgId']), context.deadline);
    },
  };
}
