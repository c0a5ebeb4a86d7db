/** What the operator commands share: option parsing, the data directory, Shamir shares from stdin. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';

/** parseArgs for an operator command, with a ConfigError that points at its --help. */
export function parseCommandArgs<T extends Record<string, { type: 'string' | 'boolean' }>>(
  argv: readonly string[],
  options: T,
  command: string,
): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; see redoubt ${command} --help`);
  }
}

/** The data directory an operator command works on: --data, else $REDOUBT_DATA, else ./redoubt-data. */
export function dataDirOption(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv): string {
  return resolve((values['data'] as string | undefined) ?? env.REDOUBT_DATA ?? 'redoubt-data');
}

/**
 * Shamir share lines from stdin (one per line, blank lines skipped), so shares never appear in
 * the command line, where `ps` and shell history would keep them.
 * @throws ConfigError when stdin holds no share line
 */
export async function readShareLines(stdin: NodeJS.ReadableStream = process.stdin): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  const shares = Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (shares.length === 0) throw new ConfigError('--share: no share line on stdin');
  return shares;
}
