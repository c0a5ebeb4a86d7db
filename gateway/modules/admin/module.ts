/** The admin module: the platform's orgs and account lookup, for superadmins (AdminService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const adminModule: RedoubtModule = defineModule({
  name: 'admin',
  protoFiles: ['redoubt/v1/admin.proto'],
  runtime: () => import('./runtime.js'),
});
