/** A cluster node's NATS connection: retried until the startup budget, optionally over mutual TLS. */
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { LiveTlsOptions } from '../registry/index.js';
import type { NodeConfig } from './config.js';
import { untilReady } from './startup-retry.js';

/**
 * @param tls - the node certificate's live options: nats.js reads them on every reconnect, so a
 *   renewed certificate is presented from then on
 */
export function connectNats(config: NodeConfig, log: Logger, tls: LiveTlsOptions | undefined): Promise<NatsConnection> {
  return untilReady(
    `connecting to NATS at ${config.natsUrls.join(',')}`,
    () =>
      connect({
        servers: [...config.natsUrls],
        name: `redoubt-${config.region}-${config.nodeId}`,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        // Capturing an async stack trace per request cost 40% of a node's CPU on the append
        // path; our own errors already say which operation failed.
        noAsyncTraces: true,
        // One attempt may not outlast the startup budget (a TLS refusal otherwise hangs 20 s).
        timeout: Math.min(20_000, config.startupTimeoutMs),
        ...(tls === undefined ? {} : { tls }),
      }),
    log,
    config.startupTimeoutMs,
    'is nats-server running and reachable?',
  );
}
