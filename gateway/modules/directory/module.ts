/** The directory module: an org's LDAP or Active Directory for signing in, and its sync (DirectoryService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const directoryModule: RedoubtModule = defineModule({
  name: 'directory',
  protoFiles: ['redoubt/v1/directory.proto'],
  runtime: () => import('./runtime.js'),
});
