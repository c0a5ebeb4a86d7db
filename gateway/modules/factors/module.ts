/** The factors module: the account's second factors (TOTP, recovery codes) and step-up of sessions (FactorService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const factorsModule: RedoubtModule = defineModule({
  name: 'factors',
  protoFiles: ['redoubt/v1/factors.proto'],
  runtime: () => import('./runtime.js'),
});
