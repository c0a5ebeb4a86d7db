/** The passkeys module: WebAuthn credentials for passwordless sign-in and step-up (PasskeyService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const passkeysModule: RedoubtModule = defineModule({
  name: 'passkeys',
  protoFiles: ['redoubt/v1/passkeys.proto'],
  runtime: () => import('./runtime.js'),
});
