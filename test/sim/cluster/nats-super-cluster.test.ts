import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import t from 'tap';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, StorageType } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { NatsSuperCluster, retry } from '../../../sim/cluster/index.js';

// Six servers form one JetStream meta group; on a slow box with another test file running,
// starting them can take a good part of tap's default 30 s.
t.setTimeout(90_000);

t.test('two regions joined by gateways: requests cross, streams and buckets stay in their region', async (t) => {
  const started = performance.now();
  let members: { pid: number; dir: string }[];
  {
    await using sc = await NatsSuperCluster.start({ regions: ['eu', 'us'], size: 3 });
    t.comment(`2 × 3 super cluster ready in ${Math.round(performance.now() - started)} ms`);
    t.same(sc.regions, ['eu', 'us']);
    t.equal(sc.cluster('eu').name, 'eu');
    t.equal(sc.url('us'), sc.cluster('us').urls.join(','));
    t.throws(() => sc.cluster('ap'), /no region "ap"/);
    members = sc.regions.flatMap((r) => sc.cluster(r).servers.map((s) => ({ pid: s.pid, dir: s.dir })));
    t.equal(new Set(members.map((m) => m.pid)).size, 6, 'six server processes');

    const eu = await connect({ servers: sc.cluster('eu').urls });
    const us = await connect({ servers: sc.cluster('us').urls });

    await t.test('a request crosses regions both ways', async (t) => {
      for (const [from, to, region] of [
        [eu, us, 'us'],
        [us, eu, 'eu'],
      ] as [NatsConnection, NatsConnection, string][]) {
        const sub = to.subscribe(`where.${region}`, {
          callback: (_, msg) => void msg.respond(region),
        });
        await to.flush();
        // The new interest reaches the other region asynchronously: until then, "no responders".
        const reply = await retry(`request to ${region}`, () =>
          from.request(`where.${region}`, 'ping', { timeout: 1_000 }),
        );
        t.equal(reply.string(), region, `answered in ${region}`);
        sub.unsubscribe();
      }
    });

    await t.test('an R3 stream is placed in the cluster of the connection that creates it', async (t) => {
      for (const [nc, region] of [
        [eu, 'eu'],
        [us, 'us'],
      ] as [NatsConnection, string][]) {
        const jsm = await jetstreamManager(nc);
        await jsm.streams.add({
          name: `orders_${region}`,
          subjects: [`orders.${region}.>`],
          storage: StorageType.File,
          num_replicas: 3,
        });
        const info = await jsm.streams.info(`orders_${region}`);
        t.equal(info.cluster?.name, region, `orders_${region} is in ${region}`);
        t.equal(info.cluster?.replicas?.length, 2, 'two followers besides the leader');
        t.match(info.cluster?.leader, new RegExp(`^${region}-\\d$`), 'led by a server of the region');
      }
      // The meta group spans both regions: a stream made in eu is visible from us.
      const usJsm = await jetstreamManager(us);
      t.equal((await usJsm.streams.info('orders_eu')).cluster?.name, 'eu', 'eu stream seen through us');
    });

    await t.test('a KV bucket created through each region works', async (t) => {
      for (const [nc, other, region] of [
        [eu, us, 'eu'],
        [us, eu, 'us'],
      ] as [NatsConnection, NatsConnection, string][]) {
        // Reads from the stream's leader: a direct get may be served by a follower that has not
        // applied the put yet (seen on a busy machine), and this checks the bucket, not replication lag.
        const kv = await new Kvm(nc).create(`profiles_${region}`, { replicas: 3, allow_direct: false });
        await kv.put('alice', `in ${region}`);
        t.equal((await kv.get('alice'))?.string(), `in ${region}`, `read back in ${region}`);
        const jsm = await jetstreamManager(nc);
        t.equal((await jsm.streams.info(`KV_profiles_${region}`)).cluster?.name, region, `bucket in ${region}`);
        // Read through the other region: the request crosses the gateway to the stream's leader.
        const remote = await new Kvm(other).open(`profiles_${region}`);
        t.equal((await remote.get('alice'))?.string(), `in ${region}`, `read from the other region`);
      }
    });

    await eu.close();
    await us.close();
  }
  for (const { pid, dir } of members) {
    t.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `process ${pid} is gone`);
    t.notOk(existsSync(dir), `${dir} is removed`);
  }
});

t.test('invalid or repeated region names are refused before any server starts', async (t) => {
  await t.rejects(NatsSuperCluster.start({ regions: [] }), /at least one region/);
  await t.rejects(NatsSuperCluster.start({ regions: ['eu west'] }), /invalid region name/);
  await t.rejects(NatsSuperCluster.start({ regions: ['eu', 'eu'] }), /repeated region/);
});
