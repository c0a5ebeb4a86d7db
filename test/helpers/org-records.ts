/**
 * Rewrites an org entity's journal record on disk as the strongest insider could: with the data
 * directory, the key file and so the org's data key. Tests use it to prove that such an edit is
 * still detected (the audit trail's hash chain). Call with the node stopped.
 */
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { decodeRecordBody, encodeRecordBody, Sealer, StaticKeyring } from '../../actors/index.js';
import type { EntityId, RecordBody } from '../../actors/index.js';
import { offlineNames } from './offline-names.js';
import { registryHistory } from './registry-history.js';

export async function rewriteOrgRecord(
  dataDir: string,
  keyFile: string,
  org: string,
  entity: string,
  seq: number,
  change: (body: RecordBody) => RecordBody,
): Promise<void> {
  const keyset = await registryHistory(dataDir, keyFile, `keyset/${org}`);
  // The org's data keys, as its keyset holds them (snapshot, then the records after it).
  const keys = new Map<number, string>();
  const state = keyset.snapshot?.state as { keys?: Record<string, { key: string }> } | undefined;
  for (const [version, { key }] of Object.entries(state?.keys ?? {})) keys.set(Number(version), key);
  for (const record of keyset.records) {
    for (const event of record.events as { type: string; version?: number; key?: string }[]) {
      if (event.type === 'keyCreated') keys.set(event.version!, event.key!);
    }
  }
  const sealer = new Sealer(
    new StaticKeyring([...keys].map(([version, key]) => ({ version, bytes: Buffer.from(key, 'base64') }))),
  );
  const db = new ClassicLevel<string, Uint8Array>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  });
  await db.open();
  const names = offlineNames(dataDir, keyFile, db);
  try {
    const key = `j:${await names.forRead(entity as EntityId)}!${String(seq).padStart(16, '0')}`;
    const value = await db.get(key);
    if (value === undefined) throw new Error(`no journal record ${key}`);
    const sealed = value.subarray(4);
    const context = { purpose: 'event' as const, entity: entity as EntityId, seq };
    const body = decodeRecordBody(sealer.open(org, context, sealed), entity);
    const resealed = sealer.seal(org, context, encodeRecordBody(change(body)));
    const next = new Uint8Array(4 + resealed.length);
    next.set(value.subarray(0, 4));
    next.set(resealed, 4);
    await db.put(key, next, { sync: true });
  } finally {
    names.close();
    await db.close();
  }
}
