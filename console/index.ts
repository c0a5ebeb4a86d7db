/** The admin console: every RPC as a command, built from the .proto descriptors at run time. */
export { consoleServices, runConsole } from './console.js';
export { ConsoleUsageError } from './errors.js';
export { sessionFilePath } from './session-file.js';

export type { ConsoleIo } from './console.js';
export type { SavedSession } from './session-file.js';
