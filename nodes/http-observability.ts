/** The node's HTTP endpoint: Prometheus `/metrics` and `/healthz`. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NodeMetrics } from './metrics.js';

export interface ObservabilityServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Health as /healthz reports it; `ready` is false while the node is starting or leaving. */
export type HealthProbe = () => { ready: boolean } & Record<string, unknown>;

export async function startObservability(
  host: string,
  port: number,
  metrics: NodeMetrics,
  health: HealthProbe,
): Promise<ObservabilityServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
    } else if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    } else if (path === '/healthz') {
      const body = { ...health(), ...metrics.summary() };
      res.writeHead(body.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
