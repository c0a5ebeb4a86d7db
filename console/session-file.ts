/**
 * The console's saved login: gateway address, CA file, and the session's tokens, in one file
 * (mode 0600, replaced whole) under the user's config directory. The access token is refreshed
 * with the refresh token when it is about to expire, and the rotated refresh token saved.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConsoleUsageError } from './errors.js';

export interface SavedSession {
  readonly address: string;
  readonly ca: string;
  readonly serverName?: string;
  readonly accountId: string;
  readonly accessToken: string;
  readonly accessExpiresAt: number;
  readonly refreshToken: string;
}

/** Where the console keeps its login: $REDOUBT_CONSOLE_FILE, else ~/.config/redoubt/console.json. */
export function sessionFilePath(env = process.env): string {
  return env.REDOUBT_CONSOLE_FILE ?? join(homedir(), '.config', 'redoubt', 'console.json');
}

export async function loadSession(path: string): Promise<SavedSession | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const mode = (await stat(path)).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new ConsoleUsageError(
      `${path} is readable by others (mode ${mode.toString(8)}): chmod 600 it, or log in again`,
    );
  }
  try {
    const value = JSON.parse(text) as SavedSession;
    if (typeof value.address !== 'string' || typeof value.refreshToken !== 'string') throw new Error('fields');
    return value;
  } catch {
    throw new ConsoleUsageError(`${path} is not a console session file: log in again (redoubt console login)`);
  }
}

export async function saveSession(path: string, session: SavedSession): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export async function forgetSession(path: string): Promise<void> {
  await rm(path, { force: true });
}
