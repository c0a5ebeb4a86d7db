/** Where the .proto files are at run time (they ship with the package; dist/ has none). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (package) root, found from this file whether it runs from source or from dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Redoubt package root (and its proto/ files)');
    dir = parent;
  }
  return dir;
}

/**
 * The directory the imports of the .proto files are relative to (`redoubt/v1/...`). Which of them
 * make the API is the modules' to say (`gateway/module.ts`): each lists its own.
 */
export function protoIncludeDir(): string {
  return join(packageRoot(), 'proto');
}
