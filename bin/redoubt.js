#!/usr/bin/env node
// The redoubt command: runs the compiled CLI (npm run build writes dist/). Operator and node
// commands live in nodes/; `redoubt console …` and `redoubt <service> <command>` (a service of
// the API, e.g. `redoubt org list-members`) go to the console, built from the .proto files;
// `redoubt sim …` goes to the load simulation harness.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import module from 'node:module';

// V8's code cache on disk (in the OS temp dir): the modules a command loads compile once, not on
// every run. Each command imports only what it needs (see nodes/cli.ts); this makes that faster.
module.enableCompileCache?.();

const nodesCli = new URL('../dist/nodes/cli.js', import.meta.url);
const consoleCli = new URL('../dist/console/cli.js', import.meta.url);
const simCli = new URL('../dist/sim/cli.js', import.meta.url);
if (!existsSync(nodesCli) || !existsSync(consoleCli) || !existsSync(simCli)) {
  process.stderr.write('redoubt: not built yet; run: npm run build\n');
  process.exit(1);
}

/** `OrgService` in a .proto file → `org`, as the console names it. */
function apiServices() {
  const dir = new URL('../proto/redoubt/v1/', import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.proto'))
    .flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^service (\w+?)Service\s*\{/gm)])
    .map((match) => match[1].replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase());
}

const command = process.argv[2];
const toConsole = command === 'console' || (command !== undefined && apiServices().includes(command));
await import((command === 'sim' ? simCli : toConsole ? consoleCli : nodesCli).href);
