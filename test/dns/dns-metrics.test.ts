/** The resolver's figures, counted on the hot path, read as prom-client exposes them. */
import t from 'tap';
import { Registry } from 'prom-client';
import { dnsMetrics } from '../../gateway/modules/dns/dns-metrics.js';

t.test('queries by transport and decision; answer times as a cumulative histogram', async (t) => {
  const registry = new Registry();
  const metrics = dnsMetrics(registry);
  metrics.answered('udp', 'cached', 0.00003);
  metrics.answered('udp', 'cached', 0.0004);
  metrics.answered('udp', 'resolved', 0.02);
  metrics.answered('doh', 'blocked', 5);
  const text = await registry.metrics();
  const value = (line: string) =>
    Number(new RegExp(`^${line.replace(/[{}.+]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
  t.equal(value('redoubt_dns_queries_total{transport="udp",decision="cached"}'), 2);
  t.equal(value('redoubt_dns_queries_total{transport="doh",decision="blocked"}'), 1);
  t.equal(value('redoubt_dns_answer_seconds_bucket{le="0.0001",transport="udp"}'), 1);
  t.equal(value('redoubt_dns_answer_seconds_bucket{le="0.0005",transport="udp"}'), 2, 'cumulative');
  t.equal(value('redoubt_dns_answer_seconds_bucket{le="+Inf",transport="udp"}'), 3);
  t.equal(value('redoubt_dns_answer_seconds_count{transport="udp"}'), 3);
  t.ok(Math.abs(value('redoubt_dns_answer_seconds_sum{transport="udp"}') - 0.02043) < 1e-9);
  t.equal(value('redoubt_dns_answer_seconds_bucket{le="3",transport="doh"}'), 0, 'past every bound');
  t.equal(value('redoubt_dns_answer_seconds_bucket{le="+Inf",transport="doh"}'), 1);
  t.notMatch(text, /transport="tcp"/, 'a transport that answered nothing is not listed');
  metrics.answered('udp', 'cached', 0.00003);
  t.equal(
    Number(/redoubt_dns_queries_total\{transport="udp",decision="cached"\} (\d+)/.exec(await registry.metrics())?.[1]),
    3,
    'counts go on from where the last read left them',
  );
});
