/** The resolver's cache: fresh for the smallest TTL, TTLs aged, negative answers by the SOA, stale when asked, bounded. */
import t from 'tap';
import type { DecodedPacket, Question } from 'dns-packet';
import { DnsCache } from '../../gateway/dns/dns-cache.js';

const question: Question = { type: 'A', name: 'www.example', class: 'IN' };

function reply(rcode: number, answers: object[], authorities: object[] = []): DecodedPacket {
  return { id: 9, type: 'response', flags: 0x8180 | rcode, questions: [question], answers, authorities } as never;
}

t.test('fresh for the smallest TTL, with the TTLs it has left, then stale for a while', async (t) => {
  let now = 1_000_000;
  const cache = new DnsCache({ now: () => now, staleForS: 600 });
  cache.store(
    question,
    reply(0, [
      { type: 'CNAME', name: 'www.example', ttl: 300, data: 'web.example' },
      { type: 'A', name: 'web.example', ttl: 120, data: '192.0.2.10' },
    ]),
  );
  now += 100_000;
  const fresh = cache.fresh(question, 77)!;
  t.equal(fresh.id, 77, "the asker's id");
  t.same(
    fresh.answers!.map((record) => (record as { ttl: number }).ttl),
    [200, 20],
    'TTLs aged by 100 s',
  );
  t.ok(cache.fresh({ ...question, name: 'WWW.example.' }, 1), 'names match whatever their case and root dot');
  t.equal(cache.fresh({ ...question, type: 'AAAA' }, 1), undefined, 'another type is another question');
  now += 21_000;
  t.equal(cache.fresh(question, 1), undefined, 'expired at the smallest TTL');
  t.same(
    cache.stale(question, 1)!.answers!.map((record) => (record as { ttl: number }).ttl),
    [30, 30],
    'served stale with 30 s TTLs',
  );
  now += 600_000;
  t.equal(cache.stale(question, 1), undefined, 'not past the stale window');
  t.equal(cache.size, 0, 'and forgotten then');
});

t.test('negative answers by their SOA; failures and truncated answers are not kept; bounded', async (t) => {
  let now = 0;
  const cache = new DnsCache({ now: () => now, maxEntries: 2 });
  const soa = { type: 'SOA', name: 'example', ttl: 3600, data: { minimum: 60 } };
  cache.store(question, reply(3, [], [soa]));
  now += 59_000;
  t.ok(cache.fresh(question, 1), 'NXDOMAIN kept for the SOA minimum');
  now += 2000;
  t.equal(cache.fresh(question, 1), undefined);
  const other = (name: string): Question => ({ ...question, name });
  cache.store(other('a.example'), reply(2, []));
  t.equal(cache.fresh(other('a.example'), 1), undefined, 'SERVFAIL is not kept');
  cache.store(other('b.example'), {
    ...reply(0, [{ type: 'A', name: 'b.example', ttl: 60, data: '192.0.2.1' }]),
    flag_tc: true,
  });
  t.equal(cache.fresh(other('b.example'), 1), undefined, 'a truncated answer is not kept');
  for (const name of ['c.example', 'd.example', 'e.example']) {
    cache.store(other(name), reply(0, [{ type: 'A', name, ttl: 60, data: '192.0.2.1' }]));
  }
  t.equal(cache.size, 2, 'at most maxEntries');
  t.equal(cache.fresh(other('c.example'), 1), undefined, 'the oldest went first');
  t.ok(cache.fresh(other('e.example'), 1));
});
