import t from 'tap';
import { SeededRandom } from '../../../sim/workload/seeded-random.js';

function draws(seed: number, n: number): number[] {
  const random = new SeededRandom(seed);
  return repeat(n, () => random.next());
}

/** How often each index of [0, buckets) occurs in `indices`, as fractions. */
function shares(indices: readonly number[], buckets: number): number[] {
  const counts = new Array<number>(buckets).fill(0);
  for (const index of indices) counts[index] = (counts[index] ?? 0) + 1;
  return counts.map((c) => c / indices.length);
}

function repeat(n: number, draw: () => number): number[] {
  return Array.from({ length: n }, draw);
}

t.test('the same seed repeats the same sequence', async (t) => {
  t.same(draws(42, 1_000), draws(42, 1_000));
  t.same(draws(0, 100), draws(0, 100));
});

t.test('different seeds give different sequences', async (t) => {
  const a = draws(1, 100);
  const b = draws(2, 100);
  t.not(a.join(), b.join());
  t.ok(a.filter((x, i) => x === b[i]).length < 5, 'they differ almost everywhere, not only at the start');
});

t.test('next() is uniform in [0, 1)', async (t) => {
  const values = draws(7, 10_000);
  t.ok(
    values.every((x) => x >= 0 && x < 1),
    'every value in [0, 1)',
  );
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  t.ok(Math.abs(mean - 0.5) < 0.01, `mean ${mean} ≈ 0.5`);
  const tenths = shares(
    values.map((x) => Math.floor(x * 10)),
    10,
  );
  t.ok(
    tenths.every((f) => Math.abs(f - 0.1) < 0.015),
    `each tenth holds about 10%: ${tenths.join(', ')}`,
  );
});

t.test('below(n) gives every integer of [0, n) about equally', async (t) => {
  const random = new SeededRandom(3);
  const seen = repeat(7_000, () => random.below(7));
  t.ok(
    seen.every((x) => Number.isInteger(x) && x >= 0 && x < 7),
    'only integers 0 to 6',
  );
  const sevenths = shares(seen, 7);
  t.ok(
    sevenths.every((f) => Math.abs(f - 1 / 7) < 0.02),
    `each about 1/7: ${sevenths.join(', ')}`,
  );
  t.equal(new SeededRandom(9).below(1), 0, 'below(1) is always 0');
});

t.test('pick() returns items of the list, each of them in time, and refuses an empty list', async (t) => {
  const random = new SeededRandom(5);
  const items = ['a', 'b', 'c'] as const;
  const picked = new Set(Array.from({ length: 300 }, () => random.pick(items)));
  t.same([...picked].sort(), ['a', 'b', 'c']);
  t.throws(() => random.pick([]), RangeError);
});

t.test('weighted() chooses in proportion to the weights', async (t) => {
  const random = new SeededRandom(11);
  const got = shares(
    repeat(10_000, () => random.weighted([1, 3])),
    2,
  );
  t.ok(Math.abs(got[0]! - 0.25) < 0.02, `index 0 about 25%: ${got[0]}`);
  t.ok(Math.abs(got[1]! - 0.75) < 0.02, `index 1 about 75%: ${got[1]}`);
});

t.test('weighted() never chooses an index of weight 0', async (t) => {
  const random = new SeededRandom(13);
  const got = shares(
    repeat(10_000, () => random.weighted([0, 2, 0, 1, 0])),
    5,
  );
  t.equal(got[0], 0, 'the leading zero weight');
  t.equal(got[2], 0, 'the middle zero weight');
  t.equal(got[4], 0, 'the trailing zero weight');
  t.ok(Math.abs(got[1]! - 2 / 3) < 0.02, `index 1 about 2/3: ${got[1]}`);
  t.ok(Math.abs(got[3]! - 1 / 3) < 0.02, `index 3 about 1/3: ${got[3]}`);
});

t.test('exponential(mean) is non-negative with about the requested mean', async (t) => {
  for (const mean of [0.5, 20, 1_000]) {
    const random = new SeededRandom(17);
    const values = repeat(20_000, () => random.exponential(mean));
    t.ok(
      values.every((x) => x >= 0 && Number.isFinite(x)),
      `mean ${mean}: every gap finite and ≥ 0`,
    );
    const got = values.reduce((a, b) => a + b, 0) / values.length;
    t.ok(Math.abs(got - mean) / mean < 0.03, `mean ${mean}: got ${got}`);
    // An exponential has P(X > mean) = 1/e, unlike a uniform gap of the same mean (1/2).
    const above = values.filter((x) => x > mean).length / values.length;
    t.ok(Math.abs(above - Math.exp(-1)) < 0.02, `mean ${mean}: ${above} of gaps above the mean ≈ 1/e`);
  }
});
