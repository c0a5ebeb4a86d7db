/**
 * Writes an archive as a stream: entries are packed into chunks of `chunkSize` bytes, each sealed
 * and written as soon as it is full, so memory stays at one chunk whatever the store's size. The
 * file is written under a temporary name (mode 0600) and linked to its final name only when the
 * manifest is written and synced; an existing file is never overwritten.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { XCHACHA_NONCE_LENGTH, errorCode, xchachaSeal } from '../../actors/index.js';
import { BackupError } from '../errors.js';
import { ChunkType, FRAME_FINAL, FRAME_PREFIX, chunkAad, encodeEntry, encodeHeader, sha256 } from './archive-format.js';
import type { ArchiveEntry, ArchiveHeader, Manifest } from './archive-format.js';

export class ArchiveWriter {
  readonly #file: string;
  readonly #temp: string;
  readonly #handle: FileHandle;
  readonly #key: Uint8Array;
  readonly #archiveId: string;
  readonly #headerHash: Uint8Array;
  readonly #chunk: Buffer;
  readonly #hash: Hash = createHash('sha256');
  readonly #onChunk: (bytes: number) => void;
  #used = 1;
  #index = 0;
  #bytes = 0;
  #done = false;

  private constructor(
    file: string,
    temp: string,
    handle: FileHandle,
    key: Uint8Array,
    header: ArchiveHeader,
    headerHash: Uint8Array,
    onChunk: (bytes: number) => void,
  ) {
    this.#file = file;
    this.#temp = temp;
    this.#handle = handle;
    this.#key = Uint8Array.from(key);
    this.#archiveId = header.archiveId;
    this.#headerHash = headerHash;
    this.#chunk = Buffer.allocUnsafe(1 + header.chunkSize);
    this.#chunk[0] = ChunkType.data;
    this.#onChunk = onChunk;
  }

  /**
   * Starts an archive at `file`, writing its header.
   * @param onChunk - told the archive's size in bytes after each chunk written
   * @throws BackupError (`BACKUP_FAILED`) when `file` exists already
   */
  static async create(
    file: string,
    header: ArchiveHeader,
    key: Uint8Array,
    onChunk: (bytes: number) => void = () => undefined,
  ): Promise<ArchiveWriter> {
    const temp = `${file}.partial-${randomBytes(4).toString('hex')}`;
    const handle = await open(temp, 'wx', 0o600);
    const headerBytes = encodeHeader(header);
    const writer = new ArchiveWriter(file, temp, handle, key, header, sha256(headerBytes), onChunk);
    try {
      await handle.write(headerBytes);
      writer.#bytes = headerBytes.length;
    } catch (error) {
      await writer.abort();
      throw error;
    }
    return writer;
  }

  /** Bytes of the archive written so far. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Appends one entry to the stream; resolves once any chunk it filled is written. */
  async add(entry: ArchiveEntry): Promise<void> {
    const bytes = encodeEntry(entry);
    this.#hash.update(bytes);
    let at = 0;
    while (at < bytes.length) {
      const take = Math.min(bytes.length - at, this.#chunk.length - this.#used);
      this.#chunk.set(bytes.subarray(at, at + take), this.#used);
      this.#used += take;
      at += take;
      if (this.#used === this.#chunk.length) await this.#flushData();
    }
  }

  /**
   * Writes the manifest as the final chunks, syncs the file and gives it its name.
   * @throws BackupError (`BACKUP_FAILED`) when the output file appeared meanwhile
   */
  async finish(manifest: (sha256: string) => Manifest): Promise<Manifest> {
    if (this.#used > 1) await this.#flushData();
    const done = manifest(this.#hash.digest('hex'));
    const json = Buffer.from(JSON.stringify(done), 'utf8');
    const size = this.#chunk.length - 1;
    for (let at = 0; at < json.length || at === 0; at += size) {
      const part = json.subarray(at, at + size);
      const plaintext = Buffer.allocUnsafe(1 + part.length);
      plaintext[0] = ChunkType.manifest;
      plaintext.set(part, 1);
      await this.#writeChunk(plaintext, at + size >= json.length);
    }
    await this.#handle.sync();
    await this.#handle.close();
    this.#done = true;
    this.#key.fill(0);
    try {
      // link() refuses an existing name, unlike rename(): a backup never overwrites a file.
      await link(this.#temp, this.#file);
    } catch (error) {
      await unlink(this.#temp).catch(() => undefined);
      if (errorCode(error) === 'EEXIST') throw new BackupError(`${this.#file} exists already; nothing was overwritten`);
      throw error;
    }
    await unlink(this.#temp);
    return done;
  }

  /** Drops the partial archive. Idempotent. */
  async abort(): Promise<void> {
    this.#key.fill(0);
    if (this.#done) return;
    this.#done = true;
    await this.#handle.close().catch(() => undefined);
    await unlink(this.#temp).catch(() => undefined);
  }

  async #flushData(): Promise<void> {
    await this.#writeChunk(this.#chunk.subarray(0, this.#used), false);
    this.#used = 1;
  }

  async #writeChunk(plaintext: Uint8Array, final: boolean): Promise<void> {
    const nonce = randomBytes(XCHACHA_NONCE_LENGTH);
    const aad = chunkAad(this.#archiveId, this.#headerHash, this.#index, final);
    const sealed = xchachaSeal(this.#key, nonce, plaintext, aad);
    const prefix = Buffer.allocUnsafe(FRAME_PREFIX);
    prefix.writeUInt32BE(sealed.length, 0);
    prefix[4] = final ? FRAME_FINAL : 0;
    prefix.set(nonce, 5);
    await this.#handle.writev([prefix, sealed]);
    this.#index++;
    this.#bytes += prefix.length + sealed.length;
    this.#onChunk(this.#bytes);
  }
}
