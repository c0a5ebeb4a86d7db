/** The raw gRPC baseline of the capacity figures: the TLS echo in its own process, closed loop. */
import { grpcEchoClient } from './grpc-echo.js';
import { startHelper } from './helper-process.js';
import { closedLoop } from './load.js';
import type { LoadResult } from './load.js';
import { processCpuMs } from './process-cpu.js';

export interface EchoResult {
  /** `concurrency` calls in flight: the rate. */
  readonly loaded: LoadResult;
  /** One call in flight: the latency of a call on an idle server. */
  readonly unloaded: LoadResult;
  /** The server's CPU per call under load. */
  readonly serverCpuMsPerCall: number;
}

/**
 * Echo calls with `concurrency` in flight for `durationMs`, then one at a time for a fifth of it,
 * against a server with the certificate in `certDir` (issued for `localhost`) that `ca` trusts.
 */
export async function rawGrpcEcho(
  certDir: string,
  ca: string,
  durationMs: number,
  concurrency: number,
): Promise<EchoResult> {
  const { child, ready: port } = await startHelper('grpc-echo-process.js', [certDir]);
  try {
    const client = grpcEchoClient(`127.0.0.1:${port.trim()}`, ca);
    try {
      await Promise.all(Array.from({ length: 100 }, client.call)); // connection and JIT warm-up
      const cpuBefore = await processCpuMs(child.pid!);
      const loaded = await closedLoop(concurrency, durationMs, client.call);
      const serverCpuMsPerCall = ((await processCpuMs(child.pid!)) - cpuBefore) / Math.max(1, loaded.ops);
      const unloaded = await closedLoop(1, durationMs / 5, client.call);
      return { loaded, unloaded, serverCpuMsPerCall };
    } finally {
      client.close();
    }
  } finally {
    child.kill('SIGTERM');
  }
}
