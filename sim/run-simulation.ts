/**
 * `redoubt sim run`: start the workload's cluster (or use a given one), create the population,
 * run the measured phase with its faults, check consistency, and write `report.json` and
 * `report.html`. Everything started is stopped at the end, also on Ctrl-C.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SimCluster } from './cluster/sim-cluster.js';
import { ProgressLine } from './report/progress-line.js';
import { renderHtmlReport } from './report/report-html.js';
import type { RunReport } from './report/run-report.js';
import { Simulation } from './simulation.js';
import type { WorkloadConfig } from './workload/workload-config.js';

export interface RunOptions {
  readonly config: WorkloadConfig;
  /** Where report.json and report.html go (made if missing). */
  readonly outDir: string;
  /** Data directory of the cluster, kept afterwards. @default a temp dir, removed */
  readonly dataDir?: string;
  /** Step lines (cluster start, population, consistency). */
  readonly log: (message: string) => void;
  readonly progress?: ProgressLine;
  /** Ends the measured phase early (Ctrl-C); the report still gets written. */
  readonly abort?: Promise<unknown>;
}

export interface RunResult {
  readonly report: RunReport;
  readonly jsonFile: string;
  readonly htmlFile: string;
}

export async function runSimulation(options: RunOptions): Promise<RunResult> {
  const { config, log } = options;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  log(`workload ${config.name}: ${config.rate} ops/s for ${config.durationS} s, ${config.faults.length} faults`);
  await using cluster = await SimCluster.start({
    spec: config.cluster,
    ...(options.dataDir === undefined ? {} : { dir: options.dataDir }),
    progress: (message) => log(`[${elapsed()}] cluster: ${message}`),
  });
  const simulation = await Simulation.prepare(cluster, config, (message) => log(`[${elapsed()}] ${message}`));
  try {
    log(`[${elapsed()}] measuring`);
    const phase = await simulation.measure({
      rate: config.rate,
      durationS: config.durationS,
      maxOps: config.maxOps,
      faults: config.faults,
      progress: options.progress ?? new ProgressLine(),
      ...(options.abort === undefined ? {} : { abort: options.abort }),
    });
    log(`[${elapsed()}] consistency: reading the journals back`);
    const consistency = await simulation.checkConsistency((message) => log(`[${elapsed()}] ${message}`));
    const report: RunReport = {
      version: 1,
      workload: config.name,
      cluster: {
        regions: config.cluster.regions,
        natsPerRegion: config.cluster.nats,
        nodesPerRegion: config.cluster.nodes,
        gatewaysPerRegion: config.cluster.gateways,
        registryNodes: config.cluster.registryNodes,
      },
      population: simulation.population.shape(),
      ...phase,
      consistency,
    };
    const files = await writeReport(report, options.outDir);
    return { report, ...files };
  } finally {
    simulation.close();
    log(`[${elapsed()}] stopping the cluster`);
  }
}

/** Writes report.json and report.html into `outDir`. @returns their absolute paths */
export async function writeReport(report: RunReport, outDir: string): Promise<{ jsonFile: string; htmlFile: string }> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const jsonFile = join(dir, 'report.json');
  const htmlFile = join(dir, 'report.html');
  await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(htmlFile, renderHtmlReport(report));
  return { jsonFile, htmlFile };
}
