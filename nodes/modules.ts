/**
 * The list of modules the node runs: the one place that says which entity kinds a data node hosts,
 * which services the gateway serves, which commands the console has and which methods the
 * role-matrix test calls. Adding a module is its folder and one line here.
 *
 * Light on purpose: a module's declaration names its protos and where its runtime is, and the
 * runtime is imported only by a node that hosts or serves it (`loadModules`), so that the
 * console's help and `redoubt --help` read this list without loading grpc-js, NATS or the runtime.
 */
// The module files themselves, not the gateway's index, which brings grpc-js along.
import type { ApiProtos } from '../gateway/api-schema.js';
import { apiProtosOf } from '../gateway/module.js';
import type { RedoubtModule } from '../gateway/module.js';
import { adminModule } from '../gateway/modules/admin/module.js';
import { auditModule } from '../gateway/modules/audit/module.js';
import { factorsModule } from '../gateway/modules/factors/module.js';
import { identityModule } from '../gateway/modules/identity/module.js';
import { issueModule } from '../gateway/modules/issue/module.js';
import { ledgerModule } from '../gateway/modules/ledger/module.js';
import { directoryModule } from '../gateway/modules/directory/module.js';
import { dnsModule } from '../gateway/modules/dns/module.js';
import { oidcModule } from '../gateway/modules/oidc/module.js';
import { passkeysModule } from '../gateway/modules/passkeys/module.js';
import { orgModule } from '../gateway/modules/org/module.js';
import { projectModule } from '../gateway/modules/project/module.js';

/** The modules every node runs, in the order the console lists their services. */
export const NODE_MODULES: readonly RedoubtModule[] = Object.freeze([
  identityModule,
  factorsModule,
  passkeysModule,
  directoryModule,
  oidcModule,
  orgModule,
  projectModule,
  issueModule,
  auditModule,
  adminModule,
  ledgerModule,
  dnsModule,
]);

/**
 * The API that modules declare, for clients and the console.
 * @param modules - @default NODE_MODULES
 */
export function nodeApi(modules: readonly RedoubtModule[] = NODE_MODULES): ApiProtos {
  return apiProtosOf(modules);
}
