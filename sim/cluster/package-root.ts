/** The repository root and the `redoubt` executable, for launching real node processes. */
import { join } from 'node:path';
import { packageRoot } from '../../proto/index.js';

export { packageRoot };

/** The `redoubt` executable. */
export function redoubtBin(): string {
  return join(packageRoot(), 'bin', 'redoubt.js');
}
