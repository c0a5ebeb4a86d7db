/**
 * The raw gRPC echo in a process of its own (as the gateway runs in one): run as
 * `node grpc-echo-process.js <cert-dir>` (a directory with key.pem and cert.pem); prints its port.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startGrpcEchoServer } from './grpc-echo.js';

const [certDir] = process.argv.slice(2);
if (certDir === undefined) {
  process.stderr.write('usage: grpc-echo-process <cert-dir>\n');
  process.exit(2);
}
const server = await startGrpcEchoServer({
  key: await readFile(join(certDir, 'key.pem'), 'utf8'),
  cert: await readFile(join(certDir, 'cert.pem'), 'utf8'),
});
process.stdout.write(`${server.port}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
