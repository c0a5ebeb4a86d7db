/**
 * The benchmark runner: `npm run bench -- [group…] [--json] [--quick]`. Each group prints its
 * figures beside raw baselines measured in the same run; progress goes to stderr.
 */
import { parseArgs } from 'node:util';
import { cliBench } from './cli.js';
import { formatFigure, jsonFigure } from './figure.js';
import type { Figure } from './figure.js';
import { dnsBench } from './dns.js';
import { gatewayBench } from './gateway.js';
import { keysBench } from './keys.js';
import { loginBench } from './login.js';
import { regionsBench } from './regions.js';
import { runtimeBench } from './runtime.js';
import { simBench } from './sim.js';
import type { BenchOptions } from './runtime.js';

const GROUPS: Record<string, { summary: string; run: (options: BenchOptions) => Promise<Figure[]> }> = {
  runtime: { summary: 'entity asks, journal appends, sealing, memory per entity, failover', run: runtimeBench },
  keys: { summary: 'data-key fetch cold/warm, re-seal during rotation, backup/restore', run: keysBench },
  gateway: { summary: 'authenticated unary RPC vs raw grpc-js echo, login rate vs raw scrypt', run: gatewayBench },
  login: {
    summary: 'passkey, password, TOTP and LDAP sign-ins through the gateway vs raw P-256, TOTP and LDAP binds',
    run: loginBench,
  },
  sim: { summary: 'sustained rate of a local cluster with p99 < 50 ms vs raw NATS request/reply', run: simBench },
  regions: { summary: 'an ask to another region vs a raw NATS request over the same gateway link', run: regionsBench },
  cli: { summary: 'redoubt --help, console --help and org --help wall time vs node -e 0', run: cliBench },
  dns: {
    summary: 'the DNS firewall: qps and p99 over UDP, DoT and DoH vs Unbound (dnsperf), and its 1M-domain blocklist',
    run: dnsBench,
  },
};

function usage(): string {
  const groups = Object.entries(GROUPS).map(([name, g]) => `  ${name.padEnd(10)} ${g.summary}`);
  return `Usage: npm run bench -- [group…] [--json] [--quick]\n\nGroups (default: all):\n${groups.join('\n')}\n\nOptions:\n  --json    one JSON object per figure: {"bench","name","value","baseline","ratio","unit"}\n  --quick   short runs, to check that a bench works (figures are not meaningful)\n  --help    show this help\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(usage());
    return 0;
  }
  const names = parsed.positionals.length > 0 ? parsed.positionals : Object.keys(GROUPS);
  const unknown = names.filter((n) => !(n in GROUPS));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown group ${unknown.join(', ')}\n\n${usage()}`);
    return 2;
  }
  for (const name of names) {
    const started = Date.now();
    const figures = await GROUPS[name]!.run({
      quick: parsed.values.quick === true,
      progress: (message) =>
        process.stderr.write(`[${name} +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`),
    });
    for (const f of figures) process.stdout.write(`${parsed.values.json ? jsonFigure(f) : formatFigure(f)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
