/** `redoubt console …` and `redoubt <service> <command> …`: runs the console and exits with its code. */
import { RedoubtError } from '../actors/index.js';
import { runConsole } from './console.js';

const argv = process.argv.slice(2);
runConsole(argv[0] === 'console' ? argv.slice(1) : argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof RedoubtError ? `${error.message} (${error.code})` : String((error as Error)?.message ?? error);
    process.stderr.write(`redoubt console: ${message}\n`);
    process.exit(1);
  },
);
