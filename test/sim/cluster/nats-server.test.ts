import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import t from 'tap';
import type { Test } from 'tap';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { NatsCluster, NatsServer, retry } from '../../../sim/cluster/index.js';

// A stream leader failover alone takes 4-9 s on nats-server 2.9 (Raft election
// timeout); with cluster starts the file can pass tap's default 30 s on a slow box.
t.setTimeout(60_000);

/** Asserts a disposed server left no process and no temp dir behind. */
function assertGone(t: Test, pid: number, dir: string): void {
  t.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `process ${pid} is gone`);
  t.notOk(existsSync(dir), `${dir} is removed`);
}

t.test('a single server relays a message and creates JetStream streams', async (t) => {
  const started = performance.now();
  let pid: number;
  let dir: string;
  {
    await using server = await NatsServer.start();
    t.comment(`single server ready in ${Math.round(performance.now() - started)} ms`);
    pid = server.pid;
    dir = server.dir;
    t.match(server.url, /^nats:\/\/127\.0\.0\.1:\d+$/);
    t.ok(existsSync(server.configFile), 'config file is in the temp dir');

    const nc = await connect({ servers: server.url });
    const sub = nc.subscribe('selftest.echo', { max: 1 });
    nc.publish('selftest.echo', 'hello');
    for await (const msg of sub) t.equal(msg.string(), 'hello');

    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.add({
      name: 'single',
      subjects: ['single.>'],
    });
    t.equal(info.config.name, 'single');
    await jetstream(nc).publish('single.a', '1');
    t.equal((await jsm.streams.info('single')).state.messages, 1);
    await nc.close();
  }
  assertGone(t, pid, dir);
});

t.test('a restarted server keeps its port and its JetStream data', async (t) => {
  await using server = await NatsServer.start();
  const nc1 = await connect({ servers: server.url });
  const jsm1 = await jetstreamManager(nc1);
  await jsm1.streams.add({
    name: 'kept',
    subjects: ['kept'],
    storage: StorageType.File,
  });
  await jetstream(nc1).publish('kept', '1');
  await nc1.close();

  const oldPid = server.pid;
  await server.restart();
  t.not(server.pid, oldPid, 'a new process');
  const nc2 = await connect({ servers: server.url });
  const jsm2 = await jetstreamManager(nc2);
  t.equal((await jsm2.streams.info('kept')).state.messages, 1);
  await nc2.close();
});

t.test('a server that cannot start fails fast with its log', async (t) => {
  const error = await NatsServer.start({ config: 'this is { not valid' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  t.type(error, Error);
  const message = (error as Error).message;
  t.match(message, /ready with JetStream: aborted/);
  t.match(message, /last lines of nats-server/);
  t.match(message, /nats-server exited \(code 1/);
});

t.test('an R3 stream survives SIGKILL of its leader', async (t) => {
  const started = performance.now();
  let members: { pid: number; dir: string }[];
  {
    await using cluster = await NatsCluster.start({ size: 3 });
    t.comment(`3-node JetStream cluster ready in ${Math.round(performance.now() - started)} ms`);
    members = cluster.servers.map((s) => ({ pid: s.pid, dir: s.dir }));
    t.equal(cluster.urls.length, 3);
    t.equal(cluster.url, cluster.urls.join(','));

    const nc = await connect({ servers: cluster.urls });
    const jsm = await jetstreamManager(nc);
    const js = jetstream(nc);
    await jsm.streams.add({
      name: 'orders',
      subjects: ['orders.>'],
      storage: StorageType.File,
      num_replicas: 3,
    });
    for (let i = 0; i < 10; i++) await js.publish(`orders.${i}`, String(i));
    const info = await jsm.streams.info('orders');
    t.equal(info.state.messages, 10);
    t.equal(info.cluster?.replicas?.length, 2, 'two followers besides the leader');

    const leaderName = info.cluster?.leader;
    const leader = cluster.servers.find((_, i) => `${cluster.name}-${i}` === leaderName);
    if (!leader) throw new Error(`no member named ${leaderName}`);
    await leader.kill();
    t.notOk(leader.running, `stream leader ${leaderName} killed`);

    const failover = performance.now();
    // The client may have been on the killed server and must reconnect, and
    // the two survivors must elect a new stream leader before a publish is acked.
    const ack = await retry(
      'publish after leader kill',
      // The msgID makes a retry of a publish that was stored but not acked
      // a duplicate rather than a 12th message.
      () => js.publish('orders.after', '11', { msgID: 'after', timeout: 1_000 }),
      { timeout: 30_000 },
    );
    t.comment(`publish accepted ${Math.round(performance.now() - failover)} ms after the kill`);
    t.equal(ack.seq, 11);
    const after = await jsm.streams.info('orders');
    t.equal(after.state.messages, 11);
    t.not(after.cluster?.leader, leaderName, 'a new leader was elected');
    await nc.close();
  }
  for (const { pid, dir } of members) assertGone(t, pid, dir);
});

t.test('a cluster without JetStream routes requests between members', async (t) => {
  await using cluster = await NatsCluster.start({
    size: 3,
    jetstream: false,
  });
  const [a, , c] = cluster.servers;
  const nc1 = await connect({ servers: a!.url });
  const nc3 = await connect({ servers: c!.url });
  nc1.subscribe('selftest.route', {
    callback: (_, msg) => void msg.respond('pong'),
  });
  await nc1.flush();
  // A new subscription reaches the other members asynchronously: until it
  // does, the request fails fast with "no responders".
  const reply = await retry('request across the route', () =>
    nc3.request('selftest.route', 'ping', { timeout: 1_000 }),
  );
  t.equal(reply.string(), 'pong');
  await nc1.close();
  await nc3.close();
});
