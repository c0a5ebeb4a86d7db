/** Answers kept in wire form: served byte for byte as the encoded answer would be, the asker's id and question echoed. */
import t from 'tap';
import dnsPacket from 'dns-packet';
import type { Answer, Packet } from 'dns-packet';
import { DnsCache } from '../../gateway/dns/dns-cache.js';
import { exchange } from '../../gateway/dns/dns-exchange.js';
import { answer } from '../../gateway/dns/dns-message.js';
import type { DnsTransport } from '../../gateway/dns/asker.js';
import { toWire } from '../../gateway/dns/wire-answer.js';

const replies: Record<string, (name: string) => Packet> = {
  'an A record': (name) => response(name, 'A', 0, [{ type: 'A', name, ttl: 60, data: '192.0.2.1' }]),
  'a CNAME chain': (name) =>
    response(name, 'AAAA', 0, [
      { type: 'CNAME', name, ttl: 300, data: 'edge.cdn.example' },
      { type: 'AAAA', name: 'edge.cdn.example', ttl: 20, data: '2001:db8::1' },
    ]),
  'NXDOMAIN with an SOA': (name) =>
    response(
      name,
      'A',
      3,
      [],
      [
        {
          type: 'SOA',
          name: 'example',
          ttl: 900,
          data: {
            mname: 'ns.example',
            rname: 'hostmaster.example',
            serial: 7,
            refresh: 3600,
            retry: 600,
            expire: 86400,
            minimum: 300,
          },
        },
      ],
    ),
  'TXT and MX': (name) =>
    response(name, 'MX', 0, [
      { type: 'MX', name, ttl: 60, data: { preference: 10, exchange: 'mx.example' } },
      { type: 'TXT', name, ttl: 60, data: ['v=spf1 -all'] },
    ]),
  'a large answer': (name) =>
    response(
      name,
      'A',
      0,
      Array.from({ length: 60 }, (_, i) => ({ type: 'A', name, ttl: 60, data: `192.0.2.${i}` }) as Answer),
    ),
};

function response(name: string, type: string, rcode: number, answers: Answer[], authorities: Answer[] = []): Packet {
  return {
    type: 'response',
    id: 4242,
    flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | rcode,
    questions: [{ name, type: type as 'A', class: 'IN' }],
    answers,
    authorities,
  };
}

function query(name: string, type: string, udpSize: number | undefined): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id: 0xbeef,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ name, type: type as 'A', class: 'IN' }],
    additionals:
      udpSize === undefined
        ? []
        : [{ type: 'OPT', name: '.', udpPayloadSize: udpSize, flags: 0, options: [] } as never],
  });
}

t.test('the copied answer is the encoded one, on every transport, with and without EDNS', async (t) => {
  for (const [label, make] of Object.entries(replies)) {
    for (const transport of ['udp', 'tcp', 'dot', 'doh'] as DnsTransport[]) {
      for (const udpSize of [undefined, 512, 4096]) {
        const name = 'Www.Example.ORG';
        const reply = make(name);
        const wire = toWire(reply)!;
        t.ok(wire, `${label} has a wire form`);
        const message = query(name, reply.questions![0]!.type, udpSize);
        const asker = { transport, address: '127.0.0.1' };
        const encoded = exchange(message, asker, () => ({ reply: { ...reply, id: 0xbeef } })) as Buffer;
        const copied = exchange(message, asker, () => ({ reply: { ...reply, id: 0xbeef }, wire })) as Buffer;
        t.same(copied, encoded, `${label} over ${transport}, EDNS ${udpSize ?? 'none'}`);
      }
    }
  }
});

t.test("the asker's id and the case of its name are echoed; a question asked otherwise is encoded", async (t) => {
  const reply = replies['an A record']!('www.example.org');
  const wire = toWire(reply)!;
  const message = query('wWw.EXAMPLE.org', 'A', 1232);
  const bytes = exchange(message, { transport: 'udp', address: '127.0.0.1' }, () => ({ reply, wire })) as Buffer;
  const decoded = dnsPacket.decode(bytes);
  t.equal(decoded.id, 0xbeef);
  t.equal(decoded.questions![0]!.name, 'wWw.EXAMPLE.org', "the asker's case (0x20 randomisation survives)");
  t.same((decoded.answers![0] as { data: string }).data, '192.0.2.1');
  const longer = query('www.example.org.extra', 'A', 1232);
  const other = dnsPacket.decode(
    exchange(longer, { transport: 'udp', address: '127.0.0.1' }, () => ({ reply, wire })) as Buffer,
  );
  t.equal(other.questions![0]!.name, 'www.example.org', 'another length of question: the packet encoded instead');
});

t.test("the cache's wire form ages its TTLs with the packet", async (t) => {
  let now = 1_000_000;
  const cache = new DnsCache({ now: () => now });
  const reply = replies['a CNAME chain']!('www.example.org');
  cache.store(reply.questions![0]!, reply as never);
  now += 15_500;
  const answer = cache.freshAnswer(reply.questions![0]!)!;
  const ttls = (packet: Packet) => (packet.answers ?? []).map((record) => (record as { ttl: number }).ttl);
  t.same(ttls(dnsPacket.decode(answer.wire!.bytes)), [285, 5]);
  t.same(ttls(answer.reply), [285, 5]);
  t.same(dnsPacket.decode(answer.wire!.bytes).additionals, [], 'no additional record kept');
});

t.test('an answer without records is made from the query, byte for byte as encoded', async (t) => {
  for (const rcode of ['NXDOMAIN', 'REFUSED', 'SERVFAIL'] as const) {
    for (const transport of ['udp', 'doh'] as DnsTransport[]) {
      for (const udpSize of [undefined, 1232]) {
        const message = query('Tracker.Example.com', 'HTTPS', udpSize);
        const asker = { transport, address: '127.0.0.1' };
        const bare = exchange(message, asker, (q) => ({ reply: answer(q, rcode) })) as Buffer;
        // Another array of the same question: not recognised as bare, so encoded.
        const encoded = exchange(message, asker, (q) => ({
          reply: { ...answer(q, rcode), questions: [...q.questions!] },
        })) as Buffer;
        t.same(bare, encoded, `${rcode} over ${transport}, EDNS ${udpSize ?? 'none'}`);
        t.equal((dnsPacket.decode(bare) as { rcode?: string }).rcode, rcode);
      }
    }
  }
});
