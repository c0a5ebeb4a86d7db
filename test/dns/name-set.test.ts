/** The packed name set against a plain Set: the same answers for many names, growth and trims included. */
import t from 'tap';
import { NameSet } from '../../gateway/dns/name-set.js';

t.test('the same answers as a Set of strings', async (t) => {
  const packed = new NameSet();
  const plain = new Set<string>();
  const name = (i: number) => `${((i * 2654435761) >>> 0).toString(36)}.n${i % 97}.example`;
  let wrongAdds = 0;
  for (let i = 0; i < 50_000; i++) {
    if (packed.add(name(i % 40_000)) === plain.has(name(i % 40_000))) wrongAdds++;
    plain.add(name(i % 40_000));
    if (i === 20_000) packed.trim();
  }
  t.equal(wrongAdds, 0, 'a name is new once, then known');
  t.equal(packed.size, plain.size);
  let mismatches = 0;
  for (let i = 0; i < 60_000; i++) if (packed.has(name(i)) !== plain.has(name(i))) mismatches++;
  t.equal(mismatches, 0, 'every lookup agrees, absent names too');
  t.notOk(packed.has('example'), 'a suffix of a stored name is not in it');
  t.notOk(packed.has(`${name(1)}x`), 'nor a longer name');
  t.throws(() => packed.add(''), RangeError);
});
