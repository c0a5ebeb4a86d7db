#!/usr/bin/env node
// The redoubt command: runs the compiled CLI (npm run build writes dist/).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/nodes/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('redoubt: not built yet; run: npm run build\n');
  process.exit(1);
}
await import(cli.href);
