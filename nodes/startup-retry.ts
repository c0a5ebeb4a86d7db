/**
 * Retries a startup step that depends on a server that may still be coming up (a NATS cluster
 * electing its JetStream leader), logging progress, until a deadline.
 */
import type { Logger } from 'pino';
import { ConfigError } from './errors.js';

export async function untilReady<T>(
  what: string,
  step: () => Promise<T>,
  log: Logger,
  timeoutMs: number,
  hint: string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const message = (error as Error).message;
      if (Date.now() + delay > until) {
        throw new ConfigError(
          `${what} did not succeed within ${Math.round(timeoutMs / 1000)} s (last error: ${message}); ${hint}`,
        );
      }
      log.warn({ attempt, err: message }, `waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
}
