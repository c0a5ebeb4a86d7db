/**
 * Reading an org's audit trail in a test. A change's audit record is delivered right after the
 * change's reply (see actors/README.md, the outbox), so a test that reads the trail at once waits
 * until what it expects is there, for at most `tries` reads.
 */
import type { ApiClient } from '../../gateway/index.js';

export interface ListedRecord {
  readonly seq: number;
  readonly action: string;
}

/**
 * Lists the trail until `done` holds for its records, or gives up after `tries` reads 20 ms apart.
 * @returns the last listing (a test asserts on it, so a trail that never gets there fails it)
 */
export async function auditTrailOnce<R extends ListedRecord>(
  caller: Pick<ApiClient, 'call'>,
  orgId: string,
  done: (records: readonly R[]) => boolean,
  tries = 250,
): Promise<R[]> {
  let records: R[] = [];
  for (let attempt = 0; attempt < tries; attempt++) {
    ({ records } = await caller.call<{ records: R[] }>('AuditService', 'List', { orgId, limit: 1000 }));
    if (done(records)) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return records;
}
