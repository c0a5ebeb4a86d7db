/**
 * After a run: read every region's journal back and check it against what the cluster told the
 * driver. Per entity, records must be numbered 1, 2, 3… with no gap and no second record at a
 * number (a fork: two owners writing), must open under the org's key, and must not apply a
 * request id twice. Every acknowledged write must be there: a created project as its `created`
 * event, each strict issue move as a `moved` event in acknowledgement order. Then each org's
 * audit trail must verify (hash chain and signed checkpoints) through the API.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { PLATFORM_SCOPE } from '../../actors/index.js';
import type { AnyEntityKind, EntityId, Keyring } from '../../actors/index.js';
import type { ConsistencyReport } from '../report/run-report.js';
import type { AckedWrite } from '../workload/operations.js';
import { readJournal } from './journal-reader.js';
import type { JournalReading } from './journal-reader.js';

/** Problems listed in the report beyond the counts (the first ones; the count is exact). */
const MAX_PROBLEMS = 200;

export interface ConsistencyInput {
  /** A NATS connection per region, to read its journal. */
  readonly regions: ReadonlyMap<string, NatsConnection>;
  /** Fetches org data keys from the registry (as a node does). */
  readonly keyring: Keyring;
  /** The entity kinds, to find each entity's key scope. */
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  readonly acked: readonly AckedWrite[];
  /** Asks `AuditService.Verify` for one org; resolves with its problems (empty when it verifies). */
  readonly verifyAudit: (orgId: string) => Promise<readonly string[]>;
  readonly orgIds: readonly string[];
}

export async function checkConsistency(input: ConsistencyInput): Promise<ConsistencyReport> {
  const problems: string[] = [];
  let problemCount = 0;
  const problem = (text: string) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push(text);
  };
  // Each region has its own entities (e.g. its own org index): the same id in two regions is two entities.
  const readings = new Map<string, JournalReading>();
  const scopes = [PLATFORM_SCOPE, ...input.orgIds];
  for (const [region, nc] of input.regions)
    readings.set(region, await readJournal(nc, region, input.keyring, input.kinds, scopes, problem));
  const records = [...readings.values()].reduce((n, r) => n + r.records, 0);
  const entityCount = [...readings.values()].reduce((n, r) => n + r.entities.size, 0);

  const eventsOf = (entity: string): unknown[] =>
    [...readings.values()].flatMap((reading) => reading.entities.get(entity as EntityId)?.events ?? []);
  let found = 0;
  const strictCursor = new Map<string, number>();
  for (const write of input.acked) {
    if (write.type === 'createProject') {
      const events = eventsOf(`project/${write.orgId}/${write.projectId}`);
      if (events.some((e) => typeOf(e) === 'created')) found++;
      else problem(`acknowledged CreateProject ${write.orgId}/${write.projectId} is not in the journal`);
      continue;
    }
    const entity = `issue/${write.orgId}/${write.projectId}/${write.number}`;
    const events = eventsOf(entity);
    const moves = events.filter((e) => typeOf(e) === 'moved').map((e) => (e as { column: string }).column);
    if (!write.strict) {
      if (moves.includes(write.column)) found++;
      else problem(`acknowledged move of ${entity} to ${write.column} is not in the journal`);
      continue;
    }
    // Strict moves of an issue were acknowledged one after another: each must follow the last.
    const from = strictCursor.get(entity) ?? 0;
    const at = moves.indexOf(write.column, from);
    if (at >= 0) {
      found++;
      strictCursor.set(entity, at + 1);
    } else problem(`acknowledged move of ${entity} to ${write.column} is not in the journal after the moves before it`);
  }

  let verified = 0;
  for (const orgId of input.orgIds) {
    const trail = await input
      .verifyAudit(orgId)
      .catch((error: unknown) => [`Verify failed: ${(error as Error).message}`]);
    if (trail.length === 0) verified++;
    else for (const p of trail) problem(`audit trail of ${orgId}: ${p}`);
  }
  if (problemCount > problems.length) problems.push(`… and ${problemCount - problems.length} more`);
  return {
    ok: problemCount === 0,
    records,
    entities: entityCount,
    ackedWrites: input.acked.length,
    ackedWritesFound: found,
    auditTrailsVerified: verified,
    orgs: input.orgIds.length,
    problems,
  };
}

function typeOf(event: unknown): unknown {
  return typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
}
