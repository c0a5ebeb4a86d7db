/**
 * The key file the embedded default unseals its vault with when no protector is configured: made
 * on first start outside the data directory, so `npm start` works on a fresh machine and a stolen
 * data directory alone still reveals nothing.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultKeyFile(): string {
  return join(homedir(), '.config', 'redoubt', 'master.key');
}
