/**
 * JSON logs with pino: one child logger per module. `REDOUBT_LOG_LEVEL` sets the level (default
 * info); `REDOUBT_TRACE=cluster,host` turns on debug logs for just those modules (like GRPC_TRACE).
 */
import { pino } from 'pino';
import type { Logger } from 'pino';

/** The process's root logger, writing JSON lines to stdout. */
export function createRootLogger(bindings: Record<string, string> = {}): Logger {
  return pino({
    level: process.env.REDOUBT_LOG_LEVEL ?? 'info',
    base: { pid: process.pid, ...bindings },
    // Never log secrets even if one slips into an object: these keys are always masked.
    redact: {
      paths: ['passphrase', '*.passphrase', 'key', '*.key', 'secret', '*.secret', 'token', '*.token'],
      censor: '[redacted]',
    },
  });
}

/** A child logger for one module, at debug level when the module is listed in REDOUBT_TRACE. */
export function moduleLogger(root: Logger, module: string): Logger {
  const traced = (process.env.REDOUBT_TRACE ?? '').split(',').map((s) => s.trim());
  const child = root.child({ module });
  if (traced.includes(module) || traced.includes('all')) child.level = 'debug';
  return child;
}
