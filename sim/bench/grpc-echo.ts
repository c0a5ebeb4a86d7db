/**
 * The raw gRPC baseline: a grpc-js server with one echo method and the gateway's TLS 1.3 setup,
 * and a client for it. What a gateway call costs beyond this is Redoubt's own work.
 */
import { Client, credentials, Server } from '@grpc/grpc-js';
import { Tls13ServerCredentials } from '../../gateway/index.js';

const METHOD = '/bench.Echo/Echo';
const same = (b: Buffer): Buffer => b;

/** Serves the echo on `127.0.0.1` with this key and certificate chain; `port` 0 takes a free one. */
export async function startGrpcEchoServer(
  tls: { readonly key: string; readonly cert: string },
  port = 0,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new Server();
  server.addService(
    {
      Echo: {
        path: METHOD,
        requestStream: false,
        responseStream: false,
        requestSerialize: same,
        requestDeserialize: same,
        responseSerialize: same,
        responseDeserialize: same,
      },
    },
    {
      Echo: (call: { request: Buffer }, callback: (error: null, reply: Buffer) => void) => callback(null, call.request),
    },
  );
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, new Tls13ServerCredentials(tls), (error, p) =>
      error ? reject(error) : resolve(p),
    ),
  );
  return { port: bound, close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())) };
}

/** A client of the echo at `address`, trusting `ca`, the server named `localhost`. */
export function grpcEchoClient(address: string, ca: string): { call: () => Promise<Buffer>; close: () => void } {
  const client = new Client(address, credentials.createSsl(Buffer.from(ca)), {
    'grpc.ssl_target_name_override': 'localhost',
  });
  const payload = Buffer.alloc(64, 1);
  return {
    call: () =>
      new Promise<Buffer>((resolve, reject) =>
        client.makeUnaryRequest(METHOD, same, same, payload, (error, reply) =>
          error ? reject(error) : resolve(reply!),
        ),
      ),
    close: () => client.close(),
  };
}
