/**
 * Named workloads: `redoubt sim run --preset NAME`. Each is a plain option object (as temporal's
 * load scenarios are), checked by the same parser as a workload file.
 */
import { parseWorkloadConfig } from './workload-config.js';
import type { WorkloadConfig } from './workload-config.js';

/** Failure detection fast enough for short runs; production is 500 / 2500 / 3000 ms. */
const FAST_DETECTION = { heartbeatMs: 250, deadAfterMs: 1_500, leaseMs: 2_000 };

const PRESETS: Record<string, { readonly summary: string; readonly config: object }> = {
  smoke: {
    summary: '3 nats, 3 nodes, 1 gateway; 4 orgs; 50 ops/s for 20 s; no faults',
    config: { name: 'smoke', rate: 50, durationS: 20 },
  },
  failover: {
    summary: '3 nats, 3 nodes; 40 ops/s for 60 s; kill -9 a node, SIGSTOP another, restart a nats-server',
    config: {
      name: 'failover',
      rate: 40,
      durationS: 60,
      faults: [
        { atS: 10, action: 'kill', target: 'node', forS: 10 },
        { atS: 30, action: 'stop', target: 'node', forS: 4 },
        { atS: 45, action: 'restart-nats', target: 'nats', forS: 1 },
      ],
    },
  },
  ci: {
    summary: 'small and fast (cheap scrypt, fast failure detection): 3 nats, 2 nodes; a kill -9, a nats restart; 12 s',
    config: {
      name: 'ci',
      cluster: { nodes: 2, shards: 16, scryptN: 1024, ...FAST_DETECTION },
      population: { orgs: 2, projectsPerOrg: 1, issuesPerProject: 3, usersPerOrg: 2, sessionsPerUser: 1 },
      rate: 20,
      durationS: 12,
      recoveryTimeoutS: 30,
      faults: [
        { atS: 3, action: 'kill', target: 'node', forS: 4 },
        { atS: 8, action: 'restart-nats', target: 'nats', forS: 1 },
      ],
    },
  },
  regions: {
    summary: 'two regions (eu, us) joined by NATS gateways, 2 nodes each; 30 ops/s for 30 s',
    config: { name: 'regions', cluster: { regions: ['eu', 'us'], nodes: 2 }, rate: 30, durationS: 30 },
  },
};

export function presetNames(): string[] {
  return Object.keys(PRESETS);
}

/** One line per preset, for help text. */
export function presetSummaries(): string[] {
  return Object.entries(PRESETS).map(([name, preset]) => `${name.padEnd(10)} ${preset.summary}`);
}

/** @returns the preset's config, or undefined if there is none of that name */
export function preset(name: string): WorkloadConfig | undefined {
  const found = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  return found === undefined ? undefined : parseWorkloadConfig(found.config, `preset ${name}`);
}
