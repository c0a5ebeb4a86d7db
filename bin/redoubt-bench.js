#!/usr/bin/env node
// The benchmark runner (npm run bench): runs the compiled sim/bench (npm run build writes dist/).
import { existsSync } from 'node:fs';

const runner = new URL('../dist/sim/bench/index.js', import.meta.url);
if (!existsSync(runner)) {
  process.stderr.write('redoubt-bench: not built yet; run: npm run build\n');
  process.exit(1);
}
await import(runner.href);
