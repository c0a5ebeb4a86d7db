/** Errors of process assembly. */
// The runtime's error module itself, not actors/index.js: the CLI's help path throws and catches
// ConfigError without loading the runtime (NATS, LevelDB, ...) that the index brings along.
import { RedoubtError } from '../actors/errors.js';

/** Thrown when a command line, environment variable or config value is invalid; the message says the fix. */
export class ConfigError extends RedoubtError {
  constructor(message: string) {
    super('INVALID_CONFIG', message);
    this.name = 'ConfigError';
  }
}
