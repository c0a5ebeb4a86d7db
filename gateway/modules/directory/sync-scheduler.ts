/**
 * Scheduled directory syncs: every few seconds the gateway walks the region's schedule and asks
 * each enrolled org's directory entity whether its sync is due (`claimSync`). The entity grants a
 * due sync to one asker per interval, so with several gateways each sync still runs once; a
 * gateway that dies mid-sync leaves the next interval to another.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { isRejected, SYSTEM_CALLER } from '../../../actors/index.js';
import { DIRECTORY_SCHEDULE_ID, directory, directorySchedule } from '../../../domain/directory/index.js';
import type { ScheduledDirectory } from '../../../domain/directory/index.js';
import { Workflow } from '../../../domain/index.js';
import type { BackgroundTask } from '../../module.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { syncDirectory } from './directory-sync.js';

/** How often the schedule is walked: the finest grain of a sync interval. */
const TICK_MS = 5_000;
/** How long one org's sync may take. */
const SYNC_DEADLINE_MS = 120_000;

export const scheduledSyncs: BackgroundTask = ({ parts, log }) => {
  let stopped = false;
  let running: Promise<void> | undefined;
  // The same problem again (a data node not up yet, say) is logged once, not every tick.
  let lastProblem = '';
  const problem = (message: string, orgId?: string) => {
    if (message !== lastProblem) log.warn({ orgId }, `scheduled directory sync: ${message}`);
    lastProblem = message;
  };
  const timer = setInterval(() => {
    running ??= walk(parts, log, () => stopped, problem)
      .catch((error: unknown) => problem((error as Error).message))
      .finally(() => (running = undefined));
  }, TICK_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
};

async function walk(
  parts: ServiceParts,
  log: Logger,
  stopped: () => boolean,
  problem: (message: string, orgId?: string) => void,
): Promise<void> {
  const flow = systemFlow(parts, 'schedule');
  const { orgs } = (await flow.read(directorySchedule, DIRECTORY_SCHEDULE_ID, { type: 'list' })) as {
    orgs: readonly ScheduledDirectory[];
  };
  for (const { orgId } of orgs) {
    if (stopped()) return;
    const run = systemFlow(parts, `sync\n${orgId}`);
    try {
      const { due } = (await run.change(directory, orgId, { type: 'claimSync' }, { orgId })) as { due: boolean };
      if (!due) continue;
      const stats = await syncDirectory(run, parts, orgId);
      if (stats.error === '') log.info({ orgId, ...stats }, 'directory synced by schedule');
      else problem(stats.error, orgId);
    } catch (error) {
      // A directory removed since the schedule was read: nothing to sync.
      if (isRejected(error, 'NO_DIRECTORY')) continue;
      problem((error as Error).message, orgId);
    }
  }
}

/** A workflow of the gateway's own (no caller behind it), with a key of its own per run. */
function systemFlow(parts: ServiceParts, what: string): Workflow {
  return new Workflow(
    { data: parts.client, registry: parts.registry },
    { caller: SYSTEM_CALLER, deadline: Date.now() + SYNC_DEADLINE_MS, key: `directory-${what}\n${randomUUID()}` },
  );
}
