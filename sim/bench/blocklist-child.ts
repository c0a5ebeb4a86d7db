/**
 * Loads a list file in a fresh process, as the DNS gateway would, and prints how long that took and
 * what memory it holds afterwards: `node --expose-gc blocklist-child.js blocklist|set FILE` prints
 * `{"ms": N, "rssBytes": N, "heapBytes": N}` (growth over the process before reading the file).
 * `set` puts the same names in a plain Set (lines split, markers cut, no checks): the least any
 * loader could do.
 */
import { readFileSync } from 'node:fs';
import { Blocklist } from '../../gateway/dns/blocklist.js';

const [mode, file] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined || file === undefined) throw new Error('run with --expose-gc and a file');
const settle = () => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage();
};

const before = settle();
// Held in an object so that dropping it after the load is plain to see (and to the linter).
const input = { text: readFileSync(file, 'utf8') };
const started = performance.now();
const loaded: unknown =
  mode === 'set'
    ? new Set(input.text.split('\n').map((line) => line.replace(/^(0\.0\.0\.0 |\|\|)|\^$/g, '')))
    : Blocklist.of(input.text);
const ms = performance.now() - started;
input.text = '';
const after = settle();
if (loaded === undefined) throw new Error('unreachable');
process.stdout.write(
  `${JSON.stringify({ ms, rssBytes: after.rss - before.rss, heapBytes: after.heapUsed - before.heapUsed })}\n`,
);
