/** Errors of the console. */

/** Thrown when a command line is wrong: the message says what to change; exit code 2. */
export class ConsoleUsageError extends Error {
  readonly code = 'CONSOLE_USAGE';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConsoleUsageError';
  }
}
