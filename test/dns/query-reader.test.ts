/** The hot path's query reader gives what dns-packet gives (options aside), and leaves anything unusual to it. */
import t from 'tap';
import dnsPacket from 'dns-packet';
import type { DecodedPacket } from 'dns-packet';
import { readUsualQuery } from '../../gateway/dns/query-reader.js';

const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'PTR', 'SRV', 'SOA', 'ANY'] as const;

function randomName(random: () => number): string {
  const labels = 1 + Math.floor(random() * 4);
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
  return Array.from({ length: labels }, () =>
    Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
      '',
    ),
  ).join('.');
}

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function withoutOptions(packet: DecodedPacket): unknown {
  return {
    ...packet,
    additionals: (packet.additionals ?? []).map((record) => ({ ...record, options: [] })),
  };
}

t.test('usual queries read as dns-packet reads them', async (t) => {
  const random = generator(15);
  let read = 0;
  for (let i = 0; i < 2000; i++) {
    const edns = random() < 0.6;
    const message = dnsPacket.encode({
      type: 'query',
      id: Math.floor(random() * 65536),
      flags: (random() < 0.8 ? dnsPacket.RECURSION_DESIRED : 0) | (random() < 0.2 ? dnsPacket.CHECKING_DISABLED : 0),
      questions: [{ name: randomName(random), type: TYPES[Math.floor(random() * TYPES.length)] as 'A', class: 'IN' }],
      additionals: edns
        ? [
            {
              type: 'OPT',
              name: '.',
              udpPayloadSize: 512 + Math.floor(random() * 4000),
              flags: random() < 0.5 ? dnsPacket.DNSSEC_OK : 0,
              options: random() < 0.5 ? [{ code: 10, data: Buffer.alloc(8, 7) }] : [],
            } as never,
          ]
        : [],
    });
    const usual = readUsualQuery(message);
    if (usual === undefined) continue;
    read++;
    t.same(withoutOptions(usual), withoutOptions(dnsPacket.decode(message)), `query ${i}`);
  }
  t.equal(read, 2000, 'every one of them is usual');
});

t.test('anything unusual is left to dns-packet', async (t) => {
  const base = dnsPacket.encode({ type: 'query', id: 1, questions: [{ name: 'www.example.org', type: 'A' }] });
  const changed = (at: number, byte: number) => {
    const copy = Buffer.from(base);
    copy[at] = byte;
    return copy;
  };
  const cases: Record<string, Buffer> = {
    'a response': changed(2, 0x80),
    'another opcode': changed(2, 0x28),
    'two questions': changed(5, 2),
    'an answer record': changed(7, 1),
    'an authority record': changed(9, 1),
    'two additional records': changed(11, 2),
    'a pointer in the name': changed(12, 0xc0),
    'a dot inside a label': changed(14, 0x2e),
    'a byte past ASCII': changed(14, 0xe9),
    'cut short': base.subarray(0, base.length - 1),
    'class CH': changed(base.length - 1, 3),
    'a rare type': changed(base.length - 3, 99),
    'an additional that is not OPT': Buffer.concat([changed(11, 1), Buffer.from([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0])]),
    'an OPT whose options overrun': Buffer.concat([
      changed(11, 1),
      Buffer.from([0, 0, 41, 4, 208, 0, 0, 0, 0, 0, 6, 0, 10, 0, 8, 1, 2]),
    ]),
  };
  for (const [label, message] of Object.entries(cases)) t.equal(readUsualQuery(message), undefined, label);
  t.ok(readUsualQuery(base), 'the query itself is usual');
});
