/**
 * The byte layout of a backup archive. Everything after the header is a sequence of sealed chunks
 * (XChaCha20-Poly1305 under the archive key); each chunk's associated data binds the archive id,
 * a hash of the header, the chunk's index and whether it is the last one, so a flipped byte, a
 * dropped, repeated or reordered chunk, a cut-off tail or an edited header all fail to open.
 *
 * | bytes            | content                                                         |
 * | ---------------- | --------------------------------------------------------------- |
 * | 0..8             | magic `0x89 "RDTBAK" 0x0a`                                      |
 * | 8..10            | format version, uint16 ({@link ARCHIVE_FORMAT_VERSION})         |
 * | 10..14           | header length H, uint32                                         |
 * | 14..14+H         | header, JSON ({@link ArchiveHeader}); not secret, authenticated |
 * | then, per chunk: | uint32 sealed length L, flags byte (bit 0: final), 24-byte      |
 * |                  | nonce, L bytes of ciphertext ‖ tag                              |
 *
 * A chunk's plaintext is one type byte (data or manifest) and its payload. The data chunks' payloads
 * concatenated are the entry stream ({@link encodeEntry}); then come manifest chunks, the last of
 * them flagged final, holding the manifest as JSON. Nothing may follow the final chunk.
 */
import { createHash } from 'node:crypto';
import { XCHACHA_NONCE_LENGTH, XCHACHA_TAG_LENGTH } from '../../actors/index.js';
import type { EntityId } from '../../actors/index.js';
import { BackupFormatError } from '../errors.js';
import type { VaultDocument } from '../vault/vault-document.js';

export const ARCHIVE_MAGIC = Uint8Array.from([0x89, 0x52, 0x44, 0x54, 0x42, 0x41, 0x4b, 0x0a]);
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_FORMAT = 'redoubt-backup';
/** Fixed part of the file before the header JSON. */
export const PREAMBLE_LENGTH = ARCHIVE_MAGIC.length + 2 + 4;
/** The header is small (the vault document at most): a larger one is not ours. */
export const MAX_HEADER_LENGTH = 1 << 20;
/** Plaintext bytes per chunk. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;
export const MAX_CHUNK_SIZE = 16 << 20;
/** Per-frame bytes before the ciphertext: length, flags, nonce. */
export const FRAME_PREFIX = 4 + 1 + XCHACHA_NONCE_LENGTH;
export const FRAME_FINAL = 0x01;
/** Largest single entry (an entity id and one sealed record or snapshot). */
export const MAX_ENTRY_LENGTH = 256 << 20;

export const ChunkType = { data: 0x01, manifest: 0x02 } as const;
export type ChunkType = (typeof ChunkType)[keyof typeof ChunkType];

export const EntryType = { record: 0x01, snapshot: 0x02 } as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

/** What an archive holds: some orgs' data, every org's data, or the registry (keysets and vault). */
export type ArchiveScope =
  | { readonly type: 'orgs'; readonly orgs: readonly string[] }
  | { readonly type: 'all' }
  | { readonly type: 'registry' };

/** The archive's clear header: what it is and how its key is derived, nothing secret. */
export interface ArchiveHeader {
  readonly format: typeof ARCHIVE_FORMAT;
  readonly version: typeof ARCHIVE_FORMAT_VERSION;
  /** 16 random bytes, hex. */
  readonly archiveId: string;
  readonly createdAt: string;
  /** What the archive holds; an org archive names its orgs by keyed tags (`orgTagger`), never by id. */
  readonly scope: ArchiveScope;
  /** The vault whose master key the archive key is derived from. */
  readonly vaultId: string;
  readonly masterKeyVersion: number;
  /** base64 of the 32-byte random HKDF salt of this archive. */
  readonly salt: string;
  readonly chunkSize: number;
  /** Where it was taken, e.g. `standalone` or `cluster region eu-1`; informative only. */
  readonly source: string;
  /**
   * Registry archives only: the vault document (wrapped keys only), so that a fresh node can be
   * rebuilt from the archive and the operator's unseal secret.
   */
  readonly vault?: VaultDocument;
}

/** One entity in the manifest. */
export interface ManifestEntity {
  readonly entity: string;
  readonly scope: string;
  readonly records: number;
  /** Sequence of the first event of the first record (above 1 when earlier ones were compacted away). */
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** The snapshot included, if any. */
  readonly snapshotSeq?: number;
  /** Sealed bytes of its records and snapshot. */
  readonly bytes: number;
}

/** The last authenticated part of an archive: what it holds, to check and to show. */
export interface Manifest {
  readonly archiveId: string;
  readonly entities: readonly ManifestEntity[];
  readonly totals: {
    readonly entities: number;
    readonly records: number;
    readonly snapshots: number;
    readonly bytes: number;
  };
  /** SHA-256 (hex) of the entry stream, the data chunks' payloads in order. */
  readonly sha256: string;
  readonly finishedAt: string;
}

/** One entry of the stream: a sealed journal record or a sealed snapshot, as stored. */
export type ArchiveEntry =
  | {
      readonly type: 'record';
      readonly entity: EntityId;
      readonly seq: number;
      readonly count: number;
      readonly sealed: Uint8Array;
    }
  | { readonly type: 'snapshot'; readonly entity: EntityId; readonly seq: number; readonly sealed: Uint8Array };

/** Encodes the file's preamble and header; the returned bytes are also what chunks bind to. */
export function encodeHeader(header: ArchiveHeader): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length > MAX_HEADER_LENGTH) throw new RangeError(`archive header of ${json.length} bytes is too large`);
  const out = Buffer.alloc(PREAMBLE_LENGTH + json.length);
  out.set(ARCHIVE_MAGIC, 0);
  out.writeUInt16BE(ARCHIVE_FORMAT_VERSION, ARCHIVE_MAGIC.length);
  out.writeUInt32BE(json.length, ARCHIVE_MAGIC.length + 2);
  out.set(json, PREAMBLE_LENGTH);
  return out;
}

/**
 * Checks the preamble and returns the header length.
 * @throws BackupFormatError (`BACKUP_INVALID`) when it is not an archive or of another version
 */
export function parsePreamble(bytes: Uint8Array, where: string): number {
  if (bytes.length < PREAMBLE_LENGTH || !Buffer.from(bytes.subarray(0, ARCHIVE_MAGIC.length)).equals(ARCHIVE_MAGIC)) {
    throw new BackupFormatError(`${where} is not a Redoubt backup archive (no archive magic at its start)`);
  }
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.readUInt16BE(ARCHIVE_MAGIC.length);
  if (version !== ARCHIVE_FORMAT_VERSION) {
    throw new BackupFormatError(
      `${where} is a backup archive of format version ${version}; this Redoubt reads version ${ARCHIVE_FORMAT_VERSION}`,
    );
  }
  const length = view.readUInt32BE(ARCHIVE_MAGIC.length + 2);
  if (length === 0 || length > MAX_HEADER_LENGTH) {
    throw new BackupFormatError(`${where}: archive header length ${length} is out of range: damaged archive`);
  }
  return length;
}

/**
 * Parses and checks the header JSON.
 * @throws BackupFormatError (`BACKUP_INVALID`) naming the first thing wrong
 */
export function parseHeader(json: Uint8Array, where: string): ArchiveHeader {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(json).toString('utf8'));
  } catch (cause) {
    throw new BackupFormatError(`${where}: the archive header is not valid JSON: damaged archive`, { cause });
  }
  const problem = headerProblem(value);
  if (problem !== undefined) throw new BackupFormatError(`${where}: invalid archive header: ${problem}`);
  return value as ArchiveHeader;
}

function headerProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const h = value as Record<string, unknown>;
  if (h['format'] !== ARCHIVE_FORMAT) return `"format" must be "${ARCHIVE_FORMAT}"`;
  if (h['version'] !== ARCHIVE_FORMAT_VERSION) return `unsupported "version"`;
  if (typeof h['archiveId'] !== 'string' || !/^[0-9a-f]{32}$/.test(h['archiveId'])) return '"archiveId"';
  if (typeof h['createdAt'] !== 'string') return '"createdAt"';
  if (typeof h['vaultId'] !== 'string' || !/^[0-9a-f]{32}$/.test(h['vaultId'])) return '"vaultId"';
  const version = h['masterKeyVersion'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return '"masterKeyVersion"';
  if (typeof h['salt'] !== 'string' || Buffer.from(h['salt'], 'base64').length !== 32) return '"salt"';
  const chunkSize = h['chunkSize'];
  if (
    typeof chunkSize !== 'number' ||
    !Number.isSafeInteger(chunkSize) ||
    chunkSize < 1024 ||
    chunkSize > MAX_CHUNK_SIZE
  ) {
    return '"chunkSize"';
  }
  if (typeof h['source'] !== 'string') return '"source"';
  const scope = h['scope'] as Record<string, unknown> | null;
  if (typeof scope !== 'object' || scope === null) return '"scope"';
  switch (scope['type']) {
    case 'all':
    case 'registry':
      break;
    case 'orgs':
      if (!Array.isArray(scope['orgs']) || !scope['orgs'].every((org) => typeof org === 'string')) {
        return '"scope.orgs"';
      }
      break;
    default:
      return '"scope.type"';
  }
  if (scope['type'] === 'registry' && (typeof h['vault'] !== 'object' || h['vault'] === null)) {
    return 'a registry archive carries its vault document';
  }
  return undefined;
}

/** The associated data of chunk `index`: archive id, header hash, index and final flag. */
export function chunkAad(archiveId: string, headerHash: Uint8Array, index: number, final: boolean): Uint8Array {
  const domain = Buffer.from('redoubt/v1 backup chunk\0', 'utf8');
  const out = Buffer.alloc(domain.length + 16 + 32 + 8 + 1);
  let at = 0;
  at += domain.copy(out, at);
  at += Buffer.from(archiveId, 'hex').copy(out, at);
  out.set(headerHash, at);
  at += 32;
  out.writeBigUInt64BE(BigInt(index), at);
  out[at + 8] = final ? 1 : 0;
  return out;
}

export function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

/** Largest frame length a reader accepts for a chunk size. */
export function maxSealedLength(chunkSize: number): number {
  return 1 + chunkSize + XCHACHA_TAG_LENGTH;
}

/**
 * Entry layout (big-endian): type u8, entity length u16, entity UTF-8, seq u64, then for a record
 * count u32; then sealed length u32 and the sealed bytes.
 */
export function encodeEntry(entry: ArchiveEntry): Uint8Array {
  const entity = Buffer.from(entry.entity, 'utf8');
  const fixed = 1 + 2 + entity.length + 8 + (entry.type === 'record' ? 4 : 0) + 4;
  const out = Buffer.allocUnsafe(fixed + entry.sealed.length);
  let at = 0;
  out[at++] = entry.type === 'record' ? EntryType.record : EntryType.snapshot;
  out.writeUInt16BE(entity.length, at);
  at += 2;
  at += entity.copy(out, at);
  out.writeBigUInt64BE(BigInt(entry.seq), at);
  at += 8;
  if (entry.type === 'record') {
    out.writeUInt32BE(entry.count, at);
    at += 4;
  }
  out.writeUInt32BE(entry.sealed.length, at);
  at += 4;
  out.set(entry.sealed, at);
  return out;
}

/** A decoded entry whose entity id is not yet validated. */
export type RawEntry =
  | { type: 'record'; entity: string; seq: number; count: number; sealed: Uint8Array }
  | { type: 'snapshot'; entity: string; seq: number; sealed: Uint8Array };

/**
 * Decodes one entry at `offset` if the buffer holds all of it.
 * @returns the entry and its length, or undefined when more bytes are needed
 * @throws BackupFormatError (`BACKUP_INVALID`) when the bytes are not an entry
 */
export function decodeEntry(buffer: Buffer, offset: number): { entry: RawEntry; length: number } | undefined {
  const left = buffer.length - offset;
  if (left < 3) return undefined;
  const type = buffer[offset];
  if (type !== EntryType.record && type !== EntryType.snapshot) {
    throw new BackupFormatError(`unknown archive entry type ${type}`);
  }
  const entityLength = buffer.readUInt16BE(offset + 1);
  const fixed = 3 + entityLength + 8 + (type === EntryType.record ? 4 : 0) + 4;
  if (left < fixed) return undefined;
  let at = offset + 3;
  const entity = buffer.toString('utf8', at, at + entityLength);
  at += entityLength;
  const seq = Number(buffer.readBigUInt64BE(at));
  at += 8;
  let count = 0;
  if (type === EntryType.record) {
    count = buffer.readUInt32BE(at);
    at += 4;
  }
  const sealedLength = buffer.readUInt32BE(at);
  at += 4;
  if (fixed + sealedLength > MAX_ENTRY_LENGTH) throw new BackupFormatError(`archive entry of ${entity} is too large`);
  if (left < fixed + sealedLength) return undefined;
  if (!Number.isSafeInteger(seq) || seq < 1 || (type === EntryType.record && count < 1)) {
    throw new BackupFormatError(`archive entry of ${entity} has an invalid sequence`);
  }
  // A copy: the entry outlives the chunk buffer it came from.
  const sealed = Uint8Array.prototype.slice.call(buffer, at, at + sealedLength);
  const entry: RawEntry =
    type === EntryType.record
      ? { type: 'record', entity, seq, count, sealed }
      : { type: 'snapshot', entity, seq, sealed };
  return { entry, length: fixed + sealedLength };
}
