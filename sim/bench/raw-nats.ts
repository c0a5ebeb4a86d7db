/**
 * The raw NATS request/reply baseline: an echo responder in its own process (as entities live in
 * node processes) reached from this one, with no actor, codec or crypto in between.
 */
import type { ChildProcess } from 'node:child_process';
import { connect } from '@nats-io/transport-node';
import { startHelper } from './helper-process.js';
import { closedLoop } from './load.js';
import type { LoadResult } from './load.js';

/** Starts `echo-responder.js` on `subject`; resolves once it is subscribed. Kill it with SIGTERM. */
export async function startEchoResponder(url: string, subject: string): Promise<ChildProcess> {
  return (await startHelper('echo-responder.js', [url, subject])).child;
}

/** Raw request/reply through `url` with `concurrency` requests in flight for `durationMs`. */
export async function rawRequestReply(url: string, durationMs: number, concurrency = 64): Promise<LoadResult> {
  const subject = `bench.echo.${process.pid}`;
  const responder = await startEchoResponder(url, subject);
  const nc = await connect({ servers: url.split(','), noAsyncTraces: true });
  try {
    const payload = new Uint8Array(96);
    return await closedLoop(concurrency, durationMs, () => nc.request(subject, payload, { timeout: 5000 }));
  } finally {
    await nc.close();
    responder.kill('SIGTERM');
  }
}
