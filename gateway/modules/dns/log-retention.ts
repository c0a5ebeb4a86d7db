/**
 * Raw query logs are kept `--dns-log-retention-days` and no longer, whether or not the org still
 * asks: the recorder purges an org's expired days when it writes for it, and every gateway
 * running the resolver also looks through all orgs every `--dns-log-sweep-s` for days an idle org
 * left behind. Purging is idempotent (a purged day stays empty), so gateways sweeping at once do no
 * harm; a day's journal is compacted away, so its names leave the disks.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ORG_INDEX_ID, orgIndex } from '../../../domain/index.js';
import { dnsLog, dnsReport } from '../../../domain/dns/index.js';
import type { ServiceParts } from '../../services/service-parts.js';

const ASK_TIMEOUT_MS = 10_000;
const DAY_MS = 86_400_000;

/** The UTC day of a moment, `YYYY-MM-DD`. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * Purges the org's raw logs among `days` that are past retention, then tells its report.
 * @returns the days purged
 */
export async function purgeExpiredDays(
  parts: ServiceParts,
  orgId: string,
  days: readonly string[],
  retentionDays: number,
  requestId: string = randomUUID(),
): Promise<readonly string[]> {
  const oldest = dayOf(Date.now() - retentionDays * DAY_MS);
  const expired = days.filter((day) => day < oldest);
  if (expired.length === 0) return expired;
  for (const day of expired) {
    await parts.client.ask(dnsLog, `${orgId}/${day}`, { type: 'purge' }, { timeoutMs: ASK_TIMEOUT_MS });
  }
  await parts.client.ask(
    dnsReport,
    orgId,
    { type: 'logsPurged', days: expired },
    { timeoutMs: ASK_TIMEOUT_MS, requestId: `${requestId}:purged` },
  );
  return expired;
}

/** One look through every org for raw log days past retention. @returns how many days were purged */
export async function sweepExpiredLogs(parts: ServiceParts, retentionDays: number, log: Logger): Promise<number> {
  const { orgs } = (await parts.client.ask(
    orgIndex,
    ORG_INDEX_ID,
    { type: 'list' },
    { timeoutMs: ASK_TIMEOUT_MS },
  )) as {
    orgs: readonly { orgId: string }[];
  };
  const today = dayOf(Date.now());
  let purged = 0;
  for (const { orgId } of orgs) {
    try {
      const { loggedDays } = (await parts.client.ask(
        dnsReport,
        orgId,
        { type: 'report', fromDay: today, toDay: today },
        { timeoutMs: ASK_TIMEOUT_MS },
      )) as { loggedDays: readonly string[] };
      purged += (await purgeExpiredDays(parts, orgId, loggedDays, retentionDays)).length;
    } catch (error) {
      // The next sweep tries again; one org's failure does not hold the others.
      log.warn({ orgId, err: (error as Error).message }, 'DNS raw logs past retention not purged; retrying later');
    }
  }
  return purged;
}

/** Sweeps every `everyMs` (the first a minute after start, or sooner when `everyMs` is shorter). */
export function startLogSweeps(
  parts: ServiceParts,
  retentionDays: number,
  everyMs: number,
  log: Logger,
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= sweepExpiredLogs(parts, retentionDays, log)
      .then(
        (purged) => {
          if (purged > 0) log.info({ days: purged }, 'DNS raw logs past retention purged');
        },
        (error: Error) => log.warn({ err: error.message }, 'DNS raw log sweep failed; retrying later'),
      )
      .finally(() => (running = undefined));
  };
  const first = setTimeout(sweep, Math.min(60_000, everyMs));
  const timer = setInterval(sweep, everyMs);
  first.unref();
  timer.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
