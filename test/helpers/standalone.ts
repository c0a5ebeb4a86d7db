/** Starts the embedded default in this process, on a temp data dir and key file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { RedoubtModule } from '../../gateway/index.js';
import { NODE_MODULES, parseNodeConfig, startStandalone } from '../../nodes/index.js';
import type { RunningNode } from '../../nodes/index.js';

export interface StandaloneHandle extends AsyncDisposable {
  readonly node: RunningNode;
  readonly dir: string;
  readonly dataDir: string;
  readonly keyFile: string;
  /** Closes the node and starts it again on the same data. */
  restart(): Promise<RunningNode>;
}

/**
 * @param log - the node's root logger (a test reads its lines); silent unless REDOUBT_TEST_LOG says
 * @param modules - the modules the node runs (add a module under test to NODE_MODULES)
 */
export async function startTestStandalone(
  extraArgs: string[] = [],
  log: Logger = pino({ level: process.env.REDOUBT_TEST_LOG ?? 'silent' }),
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<StandaloneHandle> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-standalone-'));
  const dataDir = join(dir, 'data');
  const keyFile = join(dir, 'keys', 'master.key');
  const args = [
    '--data',
    dataDir,
    '--key-file',
    keyFile,
    '--http-port',
    '0',
    '--grpc-port',
    '0',
    '--node-id',
    'solo',
    ...extraArgs,
  ];
  const config = parseNodeConfig('standalone', args, process.env, modules);
  if (config === undefined) throw new Error('unreachable: no --help given');
  let node = await startStandalone(config, log, modules);
  return {
    get node() {
      return node;
    },
    dir,
    dataDir,
    keyFile,
    async restart() {
      await node.close();
      node = await startStandalone(config, log, modules);
      return node;
    },
    async [Symbol.asyncDispose]() {
      await node.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
