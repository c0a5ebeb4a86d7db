/**
 * The console's service commands (`auth`, `org`, …) as `redoubt` routes them: read from the
 * `service` lines of the modules' .proto files with a regular expression, without parsing them,
 * so that every `redoubt` command line (which asks whether its first word is a service) stays as
 * fast as before. The console's help and calls parse the files in full (console-help.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RedoubtModule } from '../gateway/module.js';
import { NODE_MODULES } from '../nodes/modules.js';
import { serviceCommand } from './command-names.js';

const SERVICE_LINE = /^service (\w+Service)\s*\{/gm;

/**
 * The command of every service the modules' .proto files declare.
 * @param modules - @default NODE_MODULES
 */
export function serviceCommands(modules: readonly RedoubtModule[] = NODE_MODULES): string[] {
  return modules.flatMap((module) =>
    module.protoFiles.flatMap((file) =>
      [...readFileSync(join(module.protoDir, file), 'utf8').matchAll(SERVICE_LINE)].map((match) =>
        serviceCommand(match[1]!),
      ),
    ),
  );
}
