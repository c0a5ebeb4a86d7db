/** The audit module: each org's hash-chained audit trail, read, exported and verified (AuditService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const auditModule: RedoubtModule = defineModule({
  name: 'audit',
  protoFiles: ['redoubt/v1/audit.proto'],
  runtime: () => import('./runtime.js'),
});
