/** Starts the embedded default in this process, on a temp data dir and key file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { parseNodeConfig, startStandalone } from '../../nodes/index.js';
import type { RunningNode } from '../../nodes/index.js';

export interface StandaloneHandle extends AsyncDisposable {
  readonly node: RunningNode;
  readonly dir: string;
  readonly dataDir: string;
  readonly keyFile: string;
  /** Closes the node and starts it again on the same data. */
  restart(): Promise<RunningNode>;
}

/** @param log - the node's root logger (a test reads its lines); silent unless REDOUBT_TEST_LOG says */
export async function startTestStandalone(
  extraArgs: string[] = [],
  log: Logger = pino({ level: process.env.REDOUBT_TEST_LOG ?? 'silent' }),
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
  const config = parseNodeConfig('standalone', args);
  if (config === undefined) throw new Error('unreachable: no --help given');
  let node = await startStandalone(config, log);
  return {
    get node() {
      return node;
    },
    dir,
    dataDir,
    keyFile,
    async restart() {
      await node.close();
      node = await startStandalone(config, log);
      return node;
    },
    async [Symbol.asyncDispose]() {
      await node.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
