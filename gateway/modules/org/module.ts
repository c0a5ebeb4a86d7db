/** The org module: orgs, their members and roles, and the platform's index of orgs (OrgService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const orgModule: RedoubtModule = defineModule({
  name: 'org',
  protoFiles: ['redoubt/v1/org.proto'],
  runtime: () => import('./runtime.js'),
});
