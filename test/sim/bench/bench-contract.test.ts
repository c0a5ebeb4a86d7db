import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { Test } from 'tap';

const BIN = fileURLToPath(new URL('../../../bin/redoubt-bench.js', import.meta.url));

/** Runs one bench group quickly with --json; asserts it exits 0 and returns its figure lines and stderr. */
function runQuickBench(t: Test, group: string): { figures: Record<string, unknown>[]; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, group, '--quick', '--json'], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  t.equal(result.status, 0, `bench exits 0${result.status === 0 ? '' : `: ${result.stderr.slice(-2000)}`}`);
  const figures = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { figures, stderr: result.stderr };
}

t.test('npm run bench -- runtime --json prints one contract object per figure, each beside a baseline', async (t) => {
  const { figures, stderr } = runQuickBench(t, 'runtime');
  const names = figures.map((f) => f.name);
  for (const name of [
    'ask_throughput',
    'journal_append',
    'seal_throughput',
    'rss_per_100k_entities',
    'failover_seconds',
  ]) {
    t.ok(names.includes(name), `reports ${name}`);
  }
  for (const f of figures) {
    t.same(
      Object.keys(f).sort(),
      ['baseline', 'bench', 'name', 'ratio', 'unit', 'value'],
      `${String(f.name)} has exactly the contract fields`,
    );
    t.equal(f.bench, 'runtime');
    t.ok(typeof f.value === 'number' && (f.value as number) > 0, `${String(f.name)} measured a value`);
    t.ok(
      typeof f.baseline === 'number' && (f.baseline as number) > 0,
      `${String(f.name)} measured its baseline in the same run`,
    );
  }
  t.match(stderr, /\[runtime \+[\d.]+s\] failover/, 'progress goes to stderr');
});

t.test('the bench runner refuses unknown groups and options', async (t) => {
  const unknown = spawnSync(process.execPath, [BIN, 'warp-drive'], { encoding: 'utf8' });
  t.equal(unknown.status, 2);
  t.match(unknown.stderr, /unknown group warp-drive/);
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  t.equal(help.status, 0);
  t.match(help.stdout, /--json/);
});

t.test(
  'npm run bench -- keys --json reports key fetch, re-seal, backup and restore figures beside same-run baselines',
  async (t) => {
    const figures = runQuickBench(t, 'keys').figures as {
      bench: string;
      name: string;
      value: number;
      baseline: number;
    }[];
    t.same(
      figures.map((f) => f.name),
      ['key_fetch_cold_ms', 'key_fetch_warm_ms', 'reseal_mb_per_s', 'backup_mb_per_s', 'restore_mb_per_s'],
    );
    for (const f of figures) {
      t.equal(f.bench, 'keys');
      t.ok(f.value > 0 && f.baseline > 0, `${f.name} measured itself and its baseline`);
    }
  },
);

t.test(
  'npm run bench -- gateway --json reports authenticated_unary and login_per_s beside same-run baselines',
  async (t) => {
    const figures = runQuickBench(t, 'gateway').figures as {
      bench: string;
      name: string;
      value: number;
      baseline: number;
    }[];
    t.same(
      figures.map((f) => f.name),
      ['authenticated_unary', 'authenticated_unary_p99', 'login_per_s'],
    );
    for (const f of figures) {
      t.equal(f.bench, 'gateway');
      t.ok(f.value > 0 && f.baseline > 0, `${f.name} measured itself and its baseline`);
    }
  },
);

t.test(
  'npm run bench -- sim --json reports cluster and standalone capacity beside a raw gRPC echo and raw NATS',
  async (t) => {
    const { figures, stderr } = runQuickBench(t, 'sim');
    const byName = new Map(
      figures.map((f) => [f.name as string, f as { value: number; baseline: number; unit: string }]),
    );
    t.same(
      [...byName.keys()],
      [
        'sustained_rate_p99_50ms',
        'p99_at_sustained_rate',
        'cluster_capacity',
        'p99_at_25_ops',
        'cpu_ms_per_op',
        'standalone_capacity',
        'standalone_p99_at_25_ops',
        'standalone_cpu_ms_per_op',
      ],
    );
    for (const [name, f] of byName) {
      // Quick steps are too short for a meaningful figure on a busy machine: 0 (first step missed) is allowed.
      t.ok(f.value >= 0, `${name} = ${f.value} ${f.unit}`);
      t.ok(f.baseline > 0, `${name}: its baseline was measured in the same run`);
    }
    t.equal(byName.get('cluster_capacity')?.unit, 'ops/s');
    t.ok(
      byName.get('p99_at_sustained_rate')!.value <= 50,
      'p99 at the sustained rate is under the bound (0 when no step held)',
    );
    t.ok(byName.get('p99_at_25_ops')!.value > 0, 'the low-rate step measured a p99');
    t.ok(byName.get('cpu_ms_per_op')!.value > 0, 'the cluster processes spent CPU on the operations');
    t.ok(byName.get('standalone_cpu_ms_per_op')!.value > 0, 'the standalone process spent CPU on the operations');
    t.match(
      stderr,
      /\[sim \+[\d.]+s\] search 1, rate 25\/s for \d+ s: [\d.]+\/s done, p50 [\d.]+ ms, p99 [\d.]+ ms, \d+ errors → (held|missed)/,
      'each step shows on stderr',
    );
    t.match(stderr, /raw grpc-js TLS echo/, 'the echo baseline shows on stderr');
  },
);

t.test('npm run bench -- cli --json reports the help commands beside node -e 0 from the same run', async (t) => {
  const { figures, stderr } = runQuickBench(t, 'cli');
  t.same(
    figures.map((f) => f.name),
    ['help_ms', 'console_help_ms', 'service_help_ms'],
  );
  const baselines = new Set(figures.map((f) => f.baseline));
  t.equal(baselines.size, 1, 'one node -e 0 baseline for every figure');
  for (const f of figures) {
    t.same(
      Object.keys(f).sort(),
      ['baseline', 'bench', 'name', 'ratio', 'unit', 'value'],
      `${String(f.name)} has exactly the contract fields`,
    );
    t.equal(f.bench, 'cli');
    t.equal(f.unit, 'ms');
    const { value, baseline, ratio } = f as { value: number; baseline: number; ratio: number };
    t.ok(value > 0 && baseline > 0, `${String(f.name)} measured itself and its baseline`);
    t.ok(Math.abs(ratio - value / baseline) < 0.01, `${String(f.name)}: ratio = value / baseline`);
  }
  t.match(stderr, /\[cli \+[\d.]+s\] 3 runs of each, in turns with node -e 0/, 'progress goes to stderr');
});

t.test(
  'npm run bench -- login --json reports passkey, password, TOTP and LDAP sign-ins beside raw baselines',
  async (t) => {
    const { figures, stderr } = runQuickBench(t, 'login');
    t.same(
      figures.map((f) => f.name),
      ['passkey_login_per_s', 'passkey_vs_password_login', 'totp_step_up_per_s', 'ldap_login_per_s'],
    );
    for (const f of figures) {
      t.same(Object.keys(f).sort(), ['baseline', 'bench', 'name', 'ratio', 'unit', 'value']);
      t.equal(f.bench, 'login');
      const { value, baseline, ratio } = f as { value: number; baseline: number; ratio: number };
      t.ok(value > 0 && baseline > 0, `${String(f.name)} measured itself and its baseline`);
      t.ok(Math.abs(ratio - value / baseline) < 0.01, 'ratio = value / baseline');
    }
    t.match(stderr, /\[login \+[\d.]+s\] 16 accounts: sign up, verify, log in, register a passkey/);
    t.match(stderr, /a private slapd with 8 users/);
  },
);

t.test(
  'npm run bench -- dns --json reports serving against Unbound and the blocklist beside a plain Set',
  async (t) => {
    const { figures } = runQuickBench(t, 'dns');
    t.same(
      figures.map((f) => f.name),
      [
        'udp_cached_qps',
        'udp_blocked_qps',
        'dot_qps',
        'doh_qps',
        'udp_p99_ms',
        'blocklist_1m_load_s',
        'blocklist_1m_rss_mb',
        'blocklist_1m_heap_mb',
      ],
    );
    for (const f of figures) {
      t.equal(f.bench, 'dns');
      t.ok(typeof f.value === 'number' && typeof f.baseline === 'number', `${String(f.name)} has both sides`);
      t.ok((f.value as number) > 0 && (f.baseline as number) > 0, `${String(f.name)}: both sides measured something`);
    }
  },
);
