#!/usr/bin/env node
// The redoubt command: runs the compiled CLI (npm run build writes dist/). Operator and node
// commands live in nodes/; `redoubt console …` and `redoubt <service> <command>` (a service of
// the API, e.g. `redoubt org list-members`) go to the console, built from the .proto files of the
// modules the node runs (nodes/modules.ts); `redoubt sim …` goes to the load simulation harness.
import { existsSync } from 'node:fs';
import module from 'node:module';

// V8's code cache on disk (in the OS temp dir): the modules a command loads compile once, not on
// every run. Each command imports only what it needs (see nodes/cli.ts); this makes that faster.
module.enableCompileCache?.();

const nodesCli = new URL('../dist/nodes/cli.js', import.meta.url);
const nodesCommands = new URL('../dist/nodes/cli-commands.js', import.meta.url);
const consoleCli = new URL('../dist/console/cli.js', import.meta.url);
const simCli = new URL('../dist/sim/cli.js', import.meta.url);
const services = new URL('../dist/console/service-commands.js', import.meta.url);
if (![nodesCli, nodesCommands, consoleCli, simCli, services].every(existsSync)) {
  process.stderr.write('redoubt: not built yet; run: npm run build\n');
  process.exit(1);
}

/** Whether `command` is a service of the API: `OrgService` in a module's .proto file → `org`, as the console names it. */
async function isService(command) {
  // The node's own commands first (nodes/cli.js loads that table anyway): their help never reads the module list.
  if (command.startsWith('-') || Object.hasOwn((await import(nodesCommands.href)).COMMANDS, command)) return false;
  return (await import(services.href)).serviceCommands().includes(command);
}

const command = process.argv[2];
const target =
  command === 'sim'
    ? simCli
    : command === 'console' || (command !== undefined && (await isService(command)))
      ? consoleCli
      : nodesCli;
await import(target.href);
