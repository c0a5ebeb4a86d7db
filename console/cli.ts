/**
 * `redoubt console …` and `redoubt <service> <command> …`: runs the console and exits with its code.
 * Help is answered from console-help.ts (protobufjs over the .proto files); console.ts, and with
 * it grpc-js and the gateway's client, is imported only for a command that calls the gateway.
 */
// The error module itself, not actors/index.js, which brings the whole runtime along.
import { RedoubtError } from '../actors/errors.js';
import { consoleHelp } from './console-help.js';

async function main(argv: readonly string[]): Promise<number> {
  const help = consoleHelp(argv);
  if (help !== undefined) {
    process.stdout.write(help);
    return 0;
  }
  return (await import('./console.js')).runConsole(argv);
}

const argv = process.argv.slice(2);
main(argv[0] === 'console' ? argv.slice(1) : argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof RedoubtError ? `${error.message} (${error.code})` : String((error as Error)?.message ?? error);
    process.stderr.write(`redoubt console: ${message}\n`);
    process.exit(1);
  },
);
