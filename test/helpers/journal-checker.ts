/**
 * Reads a region's whole journal back and checks it: per entity, sequences contiguous from 1,
 * every record opens under the key, no request id twice, and the fold of the events.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeRecordBody, evolveLedger, initialLedger, JetStreamJournal, Sealer } from '../../actors/index.js';
import type { Keyring, LedgerEvent, LedgerState } from '../../actors/index.js';

export interface JournalReport {
  readonly records: number;
  readonly entities: Map<string, { state: LedgerState; requestIds: Set<string>; lastSeq: number }>;
  readonly problems: string[];
}

export async function checkLedgerJournal(nc: NatsConnection, region: string, keyring: Keyring): Promise<JournalReport> {
  const journal = await JetStreamJournal.open(nc, { region });
  const sealer = new Sealer(keyring);
  const entities: JournalReport['entities'] = new Map();
  const problems: string[] = [];
  let records = 0;
  for await (const { entity, record } of journal.readAll()) {
    records++;
    const seen = entities.get(entity) ?? { state: initialLedger(), requestIds: new Set<string>(), lastSeq: 0 };
    entities.set(entity, seen);
    if (record.seq !== seen.lastSeq + 1) problems.push(`${entity}: seq ${record.seq} follows ${seen.lastSeq}`);
    let body;
    try {
      const opened = await sealer.openPrepared('', { purpose: 'event', entity, seq: record.seq }, record.sealed);
      body = decodeRecordBody(opened, entity);
    } catch (error) {
      problems.push(`${entity}: record ${record.seq} does not open: ${(error as Error).message}`);
      continue;
    }
    if (seen.requestIds.has(body.requestId)) problems.push(`${entity}: request ${body.requestId} applied twice`);
    seen.requestIds.add(body.requestId);
    for (const event of body.events) seen.state = evolveLedger(seen.state, event as LedgerEvent);
    seen.lastSeq = record.seq + record.count - 1;
  }
  return { records, entities, problems };
}
