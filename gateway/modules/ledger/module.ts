/**
 * The ledger module: `ledger/<org>/<name>` (or a bare `ledger/<name>` of the platform), an
 * append-only list of amounts that the load simulation and the runtime's tests drive through the
 * entity client. A module of entity kinds only: it declares no proto and serves no RPC.
 */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const ledgerModule: RedoubtModule = defineModule({
  name: 'ledger',
  runtime: () => import('./runtime.js'),
});
