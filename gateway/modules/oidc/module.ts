/** The OIDC module: signing in with an org's OpenID Connect providers (OidcService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const oidcModule: RedoubtModule = defineModule({
  name: 'oidc',
  protoFiles: ['redoubt/v1/oidc.proto'],
  runtime: () => import('./runtime.js'),
});
