/**
 * What the resolver tells the org about its queries: each query of an org's member or network to
 * a third party (anything but the org's own zones and this platform's names) is counted in the
 * org's leak report (by day, pseudonym, device, registrable domain, category, blocked or not) and
 * kept in its raw query log for the retention the operator set. Counted in memory and flushed
 * every few seconds as one command per org and day; a flush that fails is retried with the same
 * request ids, so nothing is counted twice. Members appear under a pseudonym (a keyed hash of
 * org and account) in both: the stores never hold who asked.
 */
import { randomUUID } from 'node:crypto';
import type { DecodedPacket } from 'dns-packet';
import type { Logger } from 'pino';
import { getDomain } from 'tldts';
import { dnsLog, dnsReport } from '../../../domain/dns/index.js';
import type { LogEntry, ReportRow } from '../../../domain/dns/index.js';
import type { Asker } from '../../dns/asker.js';
import type { ListCatalog } from '../../dns/list-catalog.js';
import { blockedBy } from '../../dns/resolver.js';
import type { ListCategory, Resolution } from '../../dns/resolver.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { dayOf, purgeExpiredDays } from './log-retention.js';
import type { Who } from './who-asks.js';
import { comparableName } from '../../dns/dns-message.js';

const FLUSH_MS = 2_000;
const WRITE_TIMEOUT_MS = 10_000;
const MAX_APPEND = 10_000;
const MAX_SUBJECTS = 100_000;
/** Decisions that say nothing about a third party. */
const NOT_RECORDED = new Set(['authoritative', 'canary', 'refused']);

/** The pseudonym a member is recorded under in an org's DNS logs and report. */
export function subjectOf(parts: ServiceParts, orgId: string, accountId: string): string {
  return `p-${parts.pepper('dns-subject', `${orgId}\n${accountId}`).slice(0, 16)}`;
}

interface OrgDay {
  readonly rows: Map<string, { queries: number; blocked: number }>;
  readonly entries: LogEntry[];
}

/** A flush not yet landed: retried as it was (same request ids). */
interface Batch {
  readonly orgId: string;
  readonly day: string;
  readonly rows: readonly ReportRow[];
  readonly entries: readonly LogEntry[];
  readonly requestId: string;
}

export class QueryRecorder {
  #pending = new Map<string, OrgDay>();
  readonly #subjects = new Map<string, string>();
  readonly #unsent: Batch[] = [];
  readonly #timer: NodeJS.Timeout;
  #flushing: Promise<void> | undefined;
  readonly #retentionDays: number;

  constructor(
    private readonly parts: ServiceParts,
    private readonly catalog: ListCatalog,
    /** Registrable domains that are the platform's own (not third parties). */
    private readonly ownDomains: ReadonlySet<string>,
    retentionDays: number,
    private readonly log: Logger,
  ) {
    this.#retentionDays = retentionDays;
    this.#timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.#timer.unref();
  }

  readonly record = (who: Who, _asker: Asker, query: DecodedPacket, resolution: Resolution): void => {
    if (who.kind === 'public' || NOT_RECORDED.has(resolution.decision)) return;
    const question = query.questions![0]!;
    const name = comparableName(question.name);
    const domain = getDomain(name) ?? name;
    if (domain === '' || this.ownDomains.has(domain)) return;
    const category: ListCategory =
      resolution.blockedBy?.category ?? blockedBy(name, { lists: this.catalog.all() })?.category ?? 'other';
    const subject = who.kind === 'member' ? this.#subjectOf(who.orgId, who.accountId) : 'network';
    const device = who.kind === 'member' ? who.deviceId : '';
    const now = Date.now();
    const key = `${who.orgId}\n${dayOf(now)}`;
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = { rows: new Map(), entries: [] };
      this.#pending.set(key, pending);
    }
    const row = `${subject}\t${device}\t${domain}\t${category}`;
    const counts = pending.rows.get(row) ?? { queries: 0, blocked: 0 };
    counts.queries++;
    if (resolution.decision === 'blocked') counts.blocked++;
    pending.rows.set(row, counts);
    pending.entries.push({
      at: now,
      subject,
      device,
      name,
      qtype: String(question.type),
      decision: resolution.decision,
    });
  };

  /** A member's pseudonym, kept once made (a keyed hash for every query would cost more than the rest). */
  #subjectOf(orgId: string, accountId: string): string {
    const key = `${orgId}\n${accountId}`;
    let subject = this.#subjects.get(key);
    if (subject === undefined) {
      if (this.#subjects.size >= MAX_SUBJECTS) this.#subjects.clear();
      subject = subjectOf(this.parts, orgId, accountId);
      this.#subjects.set(key, subject);
    }
    return subject;
  }

  /** Writes what was counted since the last flush (and what an earlier flush could not). */
  flush(): Promise<void> {
    return (this.#flushing ??= this.#flush().finally(() => (this.#flushing = undefined)));
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
  }

  async #flush(): Promise<void> {
    const pending = this.#pending;
    this.#pending = new Map();
    for (const [key, { rows, entries }] of pending) {
      const [orgId = '', day = ''] = key.split('\n');
      this.#unsent.push({
        orgId,
        day,
        rows: [...rows].map(([row, counts]) => {
          const [subject, device, domain, category] = row.split('\t') as [string, string, string, ListCategory];
          return { subject, device, domain, category, ...counts };
        }),
        entries,
        requestId: randomUUID(),
      });
    }
    while (this.#unsent.length > 0) {
      const batch = this.#unsent[0]!;
      try {
        await this.#write(batch);
        this.#unsent.shift();
      } catch (error) {
        this.log.warn({ orgId: batch.orgId, err: (error as Error).message }, 'DNS query report not written; retrying');
        return;
      }
    }
  }

  async #write({ orgId, day, rows, entries, requestId }: Batch): Promise<void> {
    const ask = { timeoutMs: WRITE_TIMEOUT_MS };
    for (let at = 0; at < entries.length; at += MAX_APPEND) {
      await this.parts.client.ask(
        dnsLog,
        `${orgId}/${day}`,
        { type: 'append', entries: entries.slice(at, at + MAX_APPEND) },
        { ...ask, requestId: `${requestId}:log:${at}` },
      );
    }
    const { expired } = (await this.parts.client.ask(
      dnsReport,
      orgId,
      { type: 'record', day, rows, logged: entries.length > 0 },
      { ...ask, requestId: `${requestId}:report` },
    )) as { expired?: readonly string[] };
    await purgeExpiredDays(this.parts, orgId, expired ?? [], this.#retentionDays, requestId);
  }
}
