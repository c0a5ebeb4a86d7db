/** Errors of process assembly. */
// The runtime's error module itself, not actors/index.js: the CLI's help path throws and catches
// ConfigError without loading the runtime (NATS, LevelDB, ...) that the index brings along.
export { ConfigError } from '../actors/errors.js';
