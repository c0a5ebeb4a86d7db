/**
 * Reads a region's whole journal of ledger entities back (the simulator's journal reader: per
 * entity, sequences contiguous from 1, no fork, every record opens under the key, no request id
 * twice) and folds each ledger's events into its state.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { PLATFORM_SCOPE } from '../../actors/index.js';
import { evolveLedger, initialLedger, ledger } from '../../domain/index.js';
import type { Keyring } from '../../actors/index.js';
import type { LedgerEvent, LedgerState } from '../../domain/index.js';
import { readJournal } from '../../sim/measure/journal-reader.js';

export interface JournalReport {
  readonly records: number;
  readonly entities: Map<string, { state: LedgerState; requestIds: Set<string>; lastSeq: number }>;
  readonly problems: string[];
}

export async function checkLedgerJournal(nc: NatsConnection, region: string, keyring: Keyring): Promise<JournalReport> {
  const problems: string[] = [];
  const reading = await readJournal(nc, region, keyring, new Map([[ledger.kind, ledger]]), [PLATFORM_SCOPE], (text) =>
    problems.push(text),
  );
  const entities: JournalReport['entities'] = new Map();
  for (const [entity, { events, requestIds, lastSeq }] of reading.entities)
    entities.set(entity, {
      state: (events as LedgerEvent[]).reduce(evolveLedger, initialLedger()),
      requestIds,
      lastSeq,
    });
  return { records: reading.records, entities, problems };
}
