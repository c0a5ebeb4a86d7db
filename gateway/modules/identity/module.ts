/** The identity module: sign-up, login, sessions and tokens (AuthService), the caller's own account (AccountService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const identityModule: RedoubtModule = defineModule({
  name: 'identity',
  protoFiles: ['redoubt/v1/auth.proto', 'redoubt/v1/account.proto'],
  runtime: () => import('./runtime.js'),
});
