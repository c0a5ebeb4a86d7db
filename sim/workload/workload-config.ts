/**
 * A workload: the cluster to start, the population to create, the operation mix and its arrival
 * rate, the bounds of the run and the faults to inject. Written as a small JSON file (or taken
 * from a preset) and checked field by field, so a typo stops the run before any process starts.
 *
 * @example
 * ```json
 * { "name": "failover", "rate": 40, "durationS": 60,
 *   "mix": { "readOrg": 10, "moveIssue": 5, "refresh": 2, "login": 1 },
 *   "faults": [{ "atS": 10, "action": "kill", "target": "node", "forS": 10 }] }
 * ```
 */
import type { SimClusterSpec } from '../cluster/sim-cluster.js';
import { OPERATIONS } from '../report/run-report.js';
import type { OperationName } from '../report/run-report.js';
import { SimConfigError } from '../errors.js';
import { REGION } from '../../actors/index.js';

export const FAULT_ACTIONS = ['kill', 'stop', 'restart-nats'] as const;
export type FaultAction = (typeof FAULT_ACTIONS)[number];

/** One fault of the schedule. */
export interface FaultSpec {
  /** Seconds after the measured phase begins. */
  readonly atS: number;
  /**
   * `kill`: SIGKILL a process, restart it after `forS` (never, without it). `stop`: SIGSTOP, then
   * SIGCONT after `forS`. `restart-nats`: SIGKILL a nats-server, start it again after `forS` (0).
   */
  readonly action: FaultAction;
  /**
   * `node`, `registry` or `gateway` (a random one of that role, chosen by the seed) or a name
   * (`sim-n2`, `r1`, `sim-gw1`); for `restart-nats`, `nats` or a server (`sim-1`: region, index).
   */
  readonly target: string;
  readonly forS?: number;
}

/** The cluster to start; in a workload file every field has a default (see CLUSTER_DEFAULTS). */
export type ClusterSpec = SimClusterSpec;

export interface PopulationSpec {
  readonly orgs: number;
  readonly projectsPerOrg: number;
  readonly issuesPerProject: number;
  /** Users of each org: the first is its admin, the others members of every project. */
  readonly usersPerOrg: number;
  readonly sessionsPerUser: number;
}

export interface WorkloadConfig {
  readonly name: string;
  readonly cluster: ClusterSpec;
  readonly population: PopulationSpec;
  /** Relative weights of the operations; an operation left out has weight 0. */
  readonly mix: Readonly<Record<OperationName, number>>;
  /** Target arrival rate, operations per second (open loop: arrivals do not wait for answers). */
  readonly rate: number;
  /** @default "poisson" */
  readonly arrival: 'poisson' | 'uniform';
  /** Length of the measured phase. */
  readonly durationS: number;
  /** At most this many operations are started. @default rate × durationS */
  readonly maxOps: number;
  /** Arrivals beyond this many calls in flight are shed and counted as DROPPED. @default 512 */
  readonly maxInFlight: number;
  /** Deadline of each call. @default 5000 */
  readonly timeoutMs: number;
  /** How long after each fault the recovery probe keeps trying. @default 60 */
  readonly recoveryTimeoutS: number;
  /** Seeds the arrivals, the mix and the choice of targets. @default 1 */
  readonly seed: number;
  readonly faults: readonly FaultSpec[];
}

/** Production-like defaults: failure detection 500 / 2500 / 3000 ms, scrypt 2^15. */
const CLUSTER_DEFAULTS: ClusterSpec = {
  regions: ['sim'],
  nats: 3,
  nodes: 3,
  gateways: 1,
  registryNodes: 1,
  shards: 32,
  scryptN: 32_768,
  heartbeatMs: 500,
  deadAfterMs: 2_500,
  leaseMs: 3_000,
};

const POPULATION_DEFAULTS: PopulationSpec = {
  orgs: 4,
  projectsPerOrg: 2,
  issuesPerProject: 5,
  usersPerOrg: 4,
  sessionsPerUser: 1,
};

const MIX_DEFAULTS: Record<OperationName, number> = {
  login: 1,
  refresh: 2,
  readOrg: 10,
  createProject: 1,
  moveIssue: 5,
  readAudit: 2,
};

/** Regions are region names (the vocabulary's), short enough to name the simulated nodes after. */
const MAX_REGION_LENGTH = 16;

/** Builds a config from parsed JSON, filling defaults. @throws SimConfigError naming the field */
export function parseWorkloadConfig(input: unknown, where = 'workload'): WorkloadConfig {
  const root = object(input, where, [
    'name',
    'cluster',
    'population',
    'mix',
    'rate',
    'arrival',
    'durationS',
    'maxOps',
    'maxInFlight',
    'timeoutMs',
    'recoveryTimeoutS',
    'seed',
    'faults',
  ]);
  const at = (key: string) => `${where}.${key}`;
  const cluster = parseCluster(root['cluster'] ?? {}, at('cluster'));
  const population = parsePopulation(root['population'] ?? {}, at('population'));
  const rate = number(root['rate'], at('rate'), { min: 0.1, max: 100_000 });
  const durationS = number(root['durationS'], at('durationS'), { min: 1, max: 86_400 });
  const mixInput = object(root['mix'] ?? MIX_DEFAULTS, at('mix'), OPERATIONS);
  const mix = Object.fromEntries(
    OPERATIONS.map((op) => [op, number(mixInput[op] ?? 0, `${at('mix')}.${op}`, { min: 0, max: 1_000_000 })]),
  ) as Record<OperationName, number>;
  if (OPERATIONS.every((op) => mix[op] === 0)) throw new SimConfigError(`${at('mix')}: give at least one weight > 0`);
  const arrival = root['arrival'] ?? 'poisson';
  if (arrival !== 'poisson' && arrival !== 'uniform')
    throw new SimConfigError(`${at('arrival')}: must be "poisson" or "uniform"`);
  const config: WorkloadConfig = {
    name: text(root['name'] ?? 'custom', at('name'), /^[\w.-]{1,64}$/),
    cluster,
    population,
    mix,
    rate,
    arrival,
    durationS,
    maxOps: integer(root['maxOps'] ?? Math.ceil(rate * durationS), at('maxOps'), 1, 100_000_000),
    maxInFlight: integer(root['maxInFlight'] ?? 512, at('maxInFlight'), 1, 100_000),
    timeoutMs: integer(root['timeoutMs'] ?? 5_000, at('timeoutMs'), 10, 600_000),
    recoveryTimeoutS: number(root['recoveryTimeoutS'] ?? 60, at('recoveryTimeoutS'), { min: 1, max: 3_600 }),
    seed: integer(root['seed'] ?? 1, at('seed'), 0, 2 ** 31 - 1),
    faults: array(root['faults'] ?? [], at('faults')).map((fault, i) =>
      parseFault(fault, `${at('faults')}[${i}]`, durationS),
    ),
  };
  return config;
}

/** The same config with some fields replaced (command-line overrides), checked again. */
export function withOverrides(config: WorkloadConfig, overrides: Partial<Record<string, unknown>>): WorkloadConfig {
  const merged: Record<string, unknown> = { ...config };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  // maxOps follows a changed rate or duration unless it was given.
  if ((overrides['rate'] !== undefined || overrides['durationS'] !== undefined) && overrides['maxOps'] === undefined)
    delete merged['maxOps'];
  return parseWorkloadConfig(merged);
}

function parseCluster(input: unknown, where: string): ClusterSpec {
  const o = object(input, where, Object.keys(CLUSTER_DEFAULTS));
  const get = <K extends keyof ClusterSpec>(key: K) => o[key] ?? CLUSTER_DEFAULTS[key];
  const regions = array(get('regions'), `${where}.regions`).map((r, i) => {
    const region = text(r, `${where}.regions[${i}]`, REGION, 'a lowercase name like "eu"');
    if (region.length > MAX_REGION_LENGTH) {
      throw new SimConfigError(`${where}.regions[${i}]: at most ${MAX_REGION_LENGTH} characters in a simulation`);
    }
    return region;
  });
  if (regions.length === 0 || regions.length > 4) throw new SimConfigError(`${where}.regions: give 1 to 4 regions`);
  if (new Set(regions).size !== regions.length) throw new SimConfigError(`${where}.regions: a region is named twice`);
  if (regions.includes('registry')) throw new SimConfigError(`${where}.regions: "registry" is reserved`);
  const cluster: ClusterSpec = {
    regions,
    nats: integer(get('nats'), `${where}.nats`, 1, 5),
    nodes: integer(get('nodes'), `${where}.nodes`, 1, 8),
    gateways: integer(get('gateways'), `${where}.gateways`, 1, 4),
    registryNodes: integer(get('registryNodes'), `${where}.registryNodes`, 1, 3),
    shards: integer(get('shards'), `${where}.shards`, 1, 1024),
    scryptN: integer(get('scryptN'), `${where}.scryptN`, 1024, 1_048_576),
    heartbeatMs: integer(get('heartbeatMs'), `${where}.heartbeatMs`, 50, 60_000),
    deadAfterMs: integer(get('deadAfterMs'), `${where}.deadAfterMs`, 100, 600_000),
    leaseMs: integer(get('leaseMs'), `${where}.leaseMs`, 100, 600_000),
  };
  if ((cluster.scryptN & (cluster.scryptN - 1)) !== 0)
    throw new SimConfigError(`${where}.scryptN: must be a power of two`);
  if (cluster.deadAfterMs < 2 * cluster.heartbeatMs)
    throw new SimConfigError(`${where}.deadAfterMs: must be at least twice heartbeatMs`);
  return cluster;
}

function parsePopulation(input: unknown, where: string): PopulationSpec {
  const o = object(input, where, Object.keys(POPULATION_DEFAULTS));
  const get = <K extends keyof PopulationSpec>(key: K) => o[key] ?? POPULATION_DEFAULTS[key];
  return {
    orgs: integer(get('orgs'), `${where}.orgs`, 1, 10_000),
    projectsPerOrg: integer(get('projectsPerOrg'), `${where}.projectsPerOrg`, 1, 1_000),
    issuesPerProject: integer(get('issuesPerProject'), `${where}.issuesPerProject`, 1, 10_000),
    usersPerOrg: integer(get('usersPerOrg'), `${where}.usersPerOrg`, 1, 10_000),
    sessionsPerUser: integer(get('sessionsPerUser'), `${where}.sessionsPerUser`, 1, 100),
  };
}

function parseFault(input: unknown, where: string, durationS: number): FaultSpec {
  const o = object(input, where, ['atS', 'action', 'target', 'forS']);
  const action = o['action'];
  if (!FAULT_ACTIONS.includes(action as FaultAction))
    throw new SimConfigError(`${where}.action: must be one of ${FAULT_ACTIONS.join(', ')}`);
  const forS = o['forS'] === undefined ? undefined : number(o['forS'], `${where}.forS`, { min: 0, max: 86_400 });
  if (action === 'stop' && forS === undefined)
    throw new SimConfigError(`${where}.forS: a stop needs forS (when to send SIGCONT)`);
  const target = text(o['target'] ?? (action === 'restart-nats' ? 'nats' : 'node'), `${where}.target`, /^[\w-]{1,64}$/);
  if (action === 'restart-nats' && !/^nats$|^[a-z][a-z0-9-]*-\d+$/.test(target))
    throw new SimConfigError(`${where}.target: restart-nats takes "nats" or a server like "sim-1"`);
  return {
    atS: number(o['atS'], `${where}.atS`, { min: 0, max: durationS }),
    action: action as FaultAction,
    target,
    ...(forS === undefined ? {} : { forS }),
  };
}

function object(input: unknown, where: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new SimConfigError(`${where}: must be an object`);
  const unknown = Object.keys(input).filter((key) => !keys.includes(key));
  if (unknown.length > 0)
    throw new SimConfigError(`${where}: unknown field ${unknown.join(', ')} (known: ${keys.join(', ')})`);
  return input as Record<string, unknown>;
}

function array(input: unknown, where: string): unknown[] {
  if (!Array.isArray(input)) throw new SimConfigError(`${where}: must be an array`);
  return input;
}

function number(input: unknown, where: string, range: { min: number; max: number }): number {
  if (typeof input !== 'number' || !Number.isFinite(input))
    throw new SimConfigError(`${where}: must be a number${input === undefined ? ' (it is required)' : ''}`);
  if (input < range.min || input > range.max)
    throw new SimConfigError(`${where}: must be between ${range.min} and ${range.max}, not ${input}`);
  return input;
}

function integer(input: unknown, where: string, min: number, max: number): number {
  const value = number(input, where, { min, max });
  if (!Number.isInteger(value)) throw new SimConfigError(`${where}: must be a whole number, not ${value}`);
  return value;
}

function text(input: unknown, where: string, pattern: RegExp, what = `text matching ${pattern}`): string {
  if (typeof input !== 'string' || !pattern.test(input)) throw new SimConfigError(`${where}: must be ${what}`);
  return input;
}
