/**
 * The NATS transport against a real nats-server: each of many concurrent requests gets its own
 * answer over the shared reply subscription; a subject nobody serves answers UNAVAILABLE (a
 * retryable "no responders", not a timeout); a silent server times out; closing the transport
 * fails what is still waiting and sends the answers of handlers that finished.
 */
import t from 'tap';
import { connect } from '@nats-io/transport-node';
import { NatsTransport } from '../../../actors/index.js';
import { NatsServer } from '../../../sim/cluster/index.js';

t.test('request/reply over one reply subscription, and its failures', async (t) => {
  await using nats = await NatsServer.start({});
  const nc = await connect({ servers: nats.url });
  t.teardown(() => nc.close());
  const server = new NatsTransport(nc);
  const client = new NatsTransport(nc);
  server.serve('double', async (data) => Uint8Array.from(data, (byte) => byte * 2));

  const answers = await Promise.all(
    Array.from({ length: 500 }, (_, i) => client.request('double', Uint8Array.of(i % 100), 5000)),
  );
  t.ok(
    answers.every((answer, i) => answer.length === 1 && answer[0] === (i % 100) * 2),
    'each request gets its own answer',
  );
  await t.rejects(client.request('nobody.serves.this', Uint8Array.of(1), 5000), {
    code: 'UNAVAILABLE',
    retryable: true,
    message: /no responders/,
  });
  server.serve('silent', () => new Promise<Uint8Array>(() => undefined));
  await t.rejects(client.request('silent', Uint8Array.of(1), 200), { code: 'DEADLINE_EXCEEDED' });

  const waiting = client.request('silent', Uint8Array.of(1), 10_000);
  await client.close(100);
  await t.rejects(waiting, { code: 'CLOSED' }, 'closing fails what still waits');
  await t.rejects(client.request('double', Uint8Array.of(1), 1000), { code: 'CLOSED' });
  await server.close(100);
});
