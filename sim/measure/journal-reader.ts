/**
 * Reads a region's whole journal back, as the consistency check and the failover tests need it:
 * per entity, records must be numbered 1, 2, 3… with no gap and no second record at a number (a
 * fork), must open under the entity's key scope, and must not apply a request id twice. Every
 * violation goes to `problem`; the events of each entity come back in journal order.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import {
  decodeRecordBody,
  JetStreamJournal,
  keyScopeIn,
  keyScopeOf,
  Sealer,
  splitEntityId,
  StoredNames,
} from '../../actors/index.js';
import type { AnyEntityKind, EntityId, KeyScope, Keyring } from '../../actors/index.js';

export interface EntityHistory {
  /** The sequence number of the entity's last event. */
  lastSeq: number;
  readonly requestIds: Set<string>;
  readonly events: unknown[];
}

export interface JournalReading {
  readonly records: number;
  readonly entities: Map<EntityId, EntityHistory>;
}

export async function readJournal(
  nc: NatsConnection,
  region: string,
  keyring: Keyring,
  kinds: ReadonlyMap<string, AnyEntityKind>,
  scopes: readonly KeyScope[],
  problem: (text: string) => void,
): Promise<JournalReading> {
  const sealer = new Sealer(keyring);
  // Names at rest are blinded per org: the orgs' keys find their entities.
  const journal = await JetStreamJournal.open(nc, { region, names: new StoredNames(keyring, keyScopeIn(kinds)) });
  const entities = new Map<EntityId, EntityHistory>();
  let records = 0;
  for await (const { entity, record } of journal.readAll(scopes)) {
    records++;
    const history = entities.get(entity) ?? { lastSeq: 0, requestIds: new Set<string>(), events: [] };
    entities.set(entity, history);
    if (record.seq <= history.lastSeq) problem(`${entity}: fork: a second record at seq ${record.seq}`);
    else if (record.seq !== history.lastSeq + 1)
      problem(`${entity}: gap: seq ${record.seq} follows ${history.lastSeq}`);
    history.lastSeq = Math.max(history.lastSeq, record.seq + record.count - 1);
    const { kind: kindName, id } = splitEntityId(entity);
    const kind = kinds.get(kindName);
    if (kind === undefined) {
      problem(`${entity}: unknown entity kind ${kindName}`);
      continue;
    }
    let body;
    try {
      const plain = await sealer.openPrepared(
        keyScopeOf(kind, id),
        { purpose: 'event', entity, seq: record.seq },
        record.sealed,
      );
      body = decodeRecordBody(plain, entity);
    } catch (error) {
      problem(`${entity}: record ${record.seq} does not open: ${(error as Error).message}`);
      continue;
    }
    if (history.requestIds.has(body.requestId)) problem(`${entity}: request ${body.requestId} applied twice`);
    history.requestIds.add(body.requestId);
    history.events.push(...body.events);
  }
  return { records, entities };
}
