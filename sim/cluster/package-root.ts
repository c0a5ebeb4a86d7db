/** The repository root, found from this file whether it runs from source or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Redoubt package root');
    dir = parent;
  }
  return dir;
}

/** The `redoubt` executable. */
export function redoubtBin(): string {
  return join(packageRoot(), 'bin', 'redoubt.js');
}
