/**
 * The raw baseline for entity asks: a process that answers every request on a subject with the
 * request's own bytes. Run as `node echo-responder.js <nats-url> <subject>`; prints "ready".
 */
import { connect } from '@nats-io/transport-node';

const [url, subject] = process.argv.slice(2);
if (url === undefined || subject === undefined) {
  process.stderr.write('usage: echo-responder <nats-url> <subject>\n');
  process.exit(2);
}
const nc = await connect({ servers: url, noAsyncTraces: true });
nc.subscribe(subject, {
  callback: (_error, msg) => {
    msg.respond(msg.data);
  },
});
await nc.flush();
process.stdout.write('ready\n');
process.on('SIGTERM', () => void nc.close().then(() => process.exit(0)));
