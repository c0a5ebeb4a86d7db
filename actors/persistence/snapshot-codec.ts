/** Byte layout of a stored snapshot: seq (u64 BE) ‖ position (u64 BE) ‖ sealed state. */
import { JournalCorruptError } from '../errors.js';
import type { StoredSnapshot } from './journal.js';

const HEADER = 16;

export function encodeSnapshot(snapshot: StoredSnapshot): Uint8Array {
  const out = Buffer.allocUnsafe(HEADER + snapshot.sealed.length);
  out.writeBigUInt64BE(BigInt(snapshot.seq), 0);
  out.writeBigUInt64BE(BigInt(snapshot.position), 8);
  out.set(snapshot.sealed, HEADER);
  return out;
}

/** @throws JournalCorruptError when the bytes are too short to be a snapshot */
export function decodeSnapshot(bytes: Uint8Array): StoredSnapshot {
  if (bytes.length <= HEADER) throw new JournalCorruptError(`stored snapshot is truncated (${bytes.length} bytes)`);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    seq: Number(view.readBigUInt64BE(0)),
    position: Number(view.readBigUInt64BE(8)),
    sealed: view.subarray(HEADER),
  };
}

/** The snapshot with the later sequence of two, either possibly missing. */
export function laterSnapshot(
  a: StoredSnapshot | undefined,
  b: StoredSnapshot | undefined,
): StoredSnapshot | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.seq > a.seq ? b : a;
}
