/** Errors of process assembly. */
import { RedoubtError } from '../actors/index.js';

/** Thrown when a command line, environment variable or config value is invalid; the message says the fix. */
export class ConfigError extends RedoubtError {
  constructor(message: string) {
    super('INVALID_CONFIG', message);
    this.name = 'ConfigError';
  }
}
