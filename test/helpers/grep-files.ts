/** Searches every file under some directories for a byte string, as an attacker with the disks would. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The forms a key may take in a file: raw bytes, hex and base64. */
export function keyForms(key: Uint8Array): Uint8Array[] {
  const bytes = Buffer.from(key);
  return [bytes, Buffer.from(bytes.toString('hex')), Buffer.from(bytes.toString('base64').slice(0, 40))];
}

export async function filesContaining(
  dirs: readonly string[],
  needle: string | Uint8Array,
): Promise<{ hits: string[]; scanned: number; bytes: number }> {
  const pattern = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : Buffer.from(needle);
  const hits: string[] = [];
  let scanned = 0;
  let bytes = 0;
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const content = await readFile(path);
        scanned++;
        bytes += content.length;
        if (content.includes(pattern)) hits.push(path);
      }
    }
  }
  for (const dir of dirs) await walk(dir);
  return { hits, scanned, bytes };
}
