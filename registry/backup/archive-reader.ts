/**
 * Reads an archive as a stream: one chunk in memory at a time, each authenticated before any of
 * its bytes are used. The manifest is available once the entries have been read to the end.
 */
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { SealOpenError, errorCode, errorMessage, xchachaOpen } from '../../actors/index.js';
import { BackupFormatError, BackupTamperedError } from '../errors.js';
import {
  ChunkType,
  FRAME_FINAL,
  FRAME_PREFIX,
  PREAMBLE_LENGTH,
  chunkAad,
  decodeEntry,
  maxSealedLength,
  parseHeader,
  parsePreamble,
  sha256,
} from './archive-format.js';
import type { ArchiveHeader, Manifest, RawEntry } from './archive-format.js';

/** An archive opened for reading: its header is parsed, nothing else is trusted yet. */
export class ArchiveReader {
  readonly file: string;
  readonly header: ArchiveHeader;
  /** The preamble and header as stored, which every chunk binds to. */
  readonly headerBytes: Uint8Array;
  readonly #handle: FileHandle;
  readonly #size: number;
  #manifest: Manifest | undefined;
  #sha256: string | undefined;

  private constructor(file: string, handle: FileHandle, size: number, header: ArchiveHeader, headerBytes: Uint8Array) {
    this.file = file;
    this.#handle = handle;
    this.#size = size;
    this.header = header;
    this.headerBytes = headerBytes;
  }

  /**
   * Opens an archive and parses its header.
   * @throws BackupFormatError (`BACKUP_INVALID`) when the file is missing, not an archive, of
   *   another format version, or its header is malformed
   */
  static async open(file: string): Promise<ArchiveReader> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (cause) {
      const why = errorCode(cause) === 'ENOENT' ? 'no such file' : errorMessage(cause);
      throw new BackupFormatError(`cannot read backup archive ${file}: ${why}`, { cause });
    }
    try {
      const { size } = await handle.stat();
      const preamble = await readAt(handle, 0, PREAMBLE_LENGTH);
      const headerLength = parsePreamble(preamble, file);
      const json = await readAt(handle, PREAMBLE_LENGTH, headerLength);
      if (json.length < headerLength) throw new BackupTamperedError(`${file} is cut off inside its header`);
      const header = parseHeader(json, file);
      return new ArchiveReader(file, handle, size, header, Buffer.concat([preamble, json]));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Size of the archive file in bytes. */
  get size(): number {
    return this.#size;
  }

  /** The manifest, once {@link entries} has been read to its end. */
  get manifest(): Manifest {
    if (this.#manifest === undefined) throw new Error('the archive has not been read to its end yet');
    return this.#manifest;
  }

  /** SHA-256 (hex) of the entry stream as read, once {@link entries} has been read to its end. */
  get contentHash(): string {
    if (this.#sha256 === undefined) throw new Error('the archive has not been read to its end yet');
    return this.#sha256;
  }

  /**
   * The entries in order, each chunk opened with `key` before its entries are yielded; then the
   * manifest chunks. Reading to the end proves the whole archive authentic and complete.
   * @param onChunk - told how many archive bytes have been read, after each chunk
   * @throws BackupTamperedError (`BACKUP_TAMPERED`) when a chunk does not open, the file is cut off or
   *   has bytes after its final chunk
   * @throws BackupFormatError (`BACKUP_INVALID`) when authenticated contents are not well formed
   */
  async *entries(key: Uint8Array, onChunk: (bytes: number) => void = () => undefined): AsyncIterable<RawEntry> {
    const headerHash = sha256(this.headerBytes);
    const maxSealed = maxSealedLength(this.header.chunkSize);
    const hash: Hash = createHash('sha256');
    const manifestParts: Buffer[] = [];
    let position = this.headerBytes.length;
    let pending: Buffer = Buffer.alloc(0);
    let index = 0;
    for (;;) {
      if (position === this.#size) {
        throw new BackupTamperedError(
          `${this.file} ends after chunk ${index - 1} without its final manifest chunk: the archive is cut off`,
        );
      }
      const prefix = await readAt(this.#handle, position, FRAME_PREFIX);
      if (prefix.length < FRAME_PREFIX) throw cutOff(this.file, index, position);
      const length = prefix.readUInt32BE(0);
      const flags = prefix[4] ?? 0;
      if (length < 17 || length > maxSealed || (flags & ~FRAME_FINAL) !== 0) {
        throw new BackupTamperedError(`${this.file}: chunk ${index} at byte ${position} has an invalid frame`);
      }
      const sealed = await readAt(this.#handle, position + FRAME_PREFIX, length);
      if (sealed.length < length) throw cutOff(this.file, index, position);
      const final = (flags & FRAME_FINAL) !== 0;
      let plaintext: Buffer;
      try {
        plaintext = Buffer.from(
          xchachaOpen(key, prefix.subarray(5), sealed, chunkAad(this.header.archiveId, headerHash, index, final)),
        );
      } catch (error) {
        if (!(error instanceof SealOpenError)) throw error;
        throw new BackupTamperedError(
          `${this.file}: chunk ${index} at byte ${position} does not authenticate: the archive was altered ` +
            '(or its header, or chunks were reordered)',
          { cause: error },
        );
      }
      position += FRAME_PREFIX + length;
      index++;
      onChunk(position);
      const type = plaintext[0];
      const payload = plaintext.subarray(1);
      if (type === ChunkType.data && manifestParts.length === 0 && !final) {
        hash.update(payload);
        pending = pending.length === 0 ? payload : Buffer.concat([pending, payload]);
        let at = 0;
        for (let next = decodeEntry(pending, at); next !== undefined; next = decodeEntry(pending, at)) {
          at += next.length;
          yield next.entry;
        }
        pending = pending.subarray(at);
      } else if (type === ChunkType.manifest) {
        if (pending.length > 0) throw new BackupFormatError(`${this.file}: the last entry is cut off`);
        manifestParts.push(payload);
        if (final) break;
      } else {
        throw new BackupFormatError(`${this.file}: chunk ${index - 1} is out of place`);
      }
    }
    if (position !== this.#size) {
      throw new BackupTamperedError(`${this.file} has ${this.#size - position} bytes after its final chunk`);
    }
    this.#sha256 = hash.digest('hex');
    this.#manifest = parseManifest(Buffer.concat(manifestParts), this.file);
  }

  async close(): Promise<void> {
    await this.#handle.close().catch(() => undefined);
  }
}

function cutOff(file: string, index: number, position: number): BackupTamperedError {
  return new BackupTamperedError(`${file} is cut off inside chunk ${index} (at byte ${position})`);
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}

function parseManifest(bytes: Buffer, file: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw new BackupFormatError(`${file}: the manifest is not valid JSON`, { cause });
  }
  const m = value as Partial<Manifest> | null;
  if (
    typeof m !== 'object' ||
    m === null ||
    typeof m.archiveId !== 'string' ||
    !Array.isArray(m.entities) ||
    typeof m.sha256 !== 'string' ||
    typeof m.totals !== 'object' ||
    m.totals === null
  ) {
    throw new BackupFormatError(`${file}: the manifest is malformed`);
  }
  return m as Manifest;
}
