/**
 * `redoubt sim` as an operator runs it: usage errors, a cluster that stops every process on
 * Ctrl-C, and a preset run that writes its reports and says whether the cluster stayed consistent.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { Test } from 'tap';
import type { RunReport } from '../../sim/report/run-report.js';
import { runCli } from '../helpers/run-cli.js';

t.setTimeout(180_000);
const BIN = fileURLToPath(new URL('../../bin/redoubt.js', import.meta.url));

async function tempDir(t: Test): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-sim-cli-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

t.test('bad options and workload files are refused with the field named, exit code 2', async (t) => {
  const dir = await tempDir(t);
  const bad = join(dir, 'bad.json');
  await writeFile(bad, JSON.stringify({ rate: 10, durationS: 5, cluster: { natz: 3 } }));
  const notJson = join(dir, 'not.json');
  await writeFile(notJson, '{ rate: 10');
  const cases: [string[], RegExp][] = [
    [['sim', 'run', '--preset', 'nope'], /--preset: no preset nope \(presets: smoke, failover, ci, regions\)/],
    [['sim', 'run', '--config', bad], /cluster: unknown field natz/],
    [['sim', 'run', '--config', notJson], /is not JSON/],
    [['sim', 'run', '--config', join(dir, 'missing.json')], /cannot read .*missing\.json: ENOENT/],
    [['sim', 'run', '--preset', 'ci', '--config', bad], /give --preset or --config, not both/],
    [['sim', 'run', '--rate', 'fast'], /--rate: must be a positive number, not "fast"/],
    [['sim', 'run', '--duration', '0'], /--duration: must be a positive number/],
    [['sim', 'run', '--bogus'], /Unknown option '--bogus'; see redoubt sim run --help/],
    [['sim', 'cluster', '--regions', 'eu,registry'], /"registry" is reserved/],
    [['sim', 'cluster', '--nodes', '99'], /nodes: must be between 1 and 8, not 99/],
    [['sim', 'frobnicate'], /unknown command frobnicate/],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args);
    t.equal(result.status, 2, `${args.join(' ')}: exit 2`);
    t.match(result.stderr, message, args.join(' '));
  }
  const help = await runCli(['sim', 'run', '--help']);
  t.equal(help.status, 0);
  t.match(help.stdout, /--preset NAME/);
  t.match(help.stdout, /ci\s+small and fast/);
});

t.test('redoubt sim cluster runs until Ctrl-C and leaves nothing running', async (t) => {
  const dir = await tempDir(t);
  const child = spawn(process.execPath, [BIN, 'sim', 'cluster', '--nats', '1', '--nodes', '1', '--dir', dir]);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const until = Date.now() + 90_000;
  while (!stdout.includes('Ctrl-C stops every process.') && Date.now() < until && child.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, 100));
  t.match(stdout, /cluster ready in [\d.]+ s/, stderr);
  const gateway = /gateway sim-gw1: 127\.0\.0\.1:(\d+)/.exec(stdout);
  t.ok(gateway, 'prints the gateway address');
  t.match(stdout, /region sim: nats nats:\/\/127\.0\.0\.1:\d+/);
  t.match(stdout, /CA bundle: .*ca\.pem/);
  const port = Number(gateway![1]);
  t.equal(await reachable(port), true, 'the gateway accepts connections');

  child.kill('SIGINT');
  t.equal(await exited, 0, 'exit code 0 after Ctrl-C');
  t.equal(await reachable(port), false, 'the gateway is gone');
  t.same(await processesUsing(dir), [], 'no process left with the data directory on its command line');
});

t.test('redoubt sim run --preset ci writes report.json and report.html and passes the consistency check', async (t) => {
  const dir = await tempDir(t);
  const out = join(dir, 'report');
  const result = await runCli(['sim', 'run', '--preset', 'ci', '--out', out]);
  t.equal(result.status, 0, result.stderr);
  t.match(result.stdout, /consistency: PASS/);
  t.match(
    result.stdout,
    /fault at [\d.]+ s: kill sim-n\d, undone at [\d.]+ s, all \d+ probed entities answer after \d+ ms/,
  );
  t.match(result.stderr, /\[[\d.]+s\] kill sim-n\d/, 'the fault shows in the live output');
  t.match(result.stderr, /\[[\d.]+s\/12s\] \d+ ok/, 'the progress line');
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
  t.equal(report.workload, 'ci');
  t.ok(report.totals.ok > 0 && report.totals.ok <= report.totals.scheduled);
  t.same(
    report.faults.map((f) => f.action),
    ['kill', 'restart-nats'],
  );
  t.ok(report.faults.every((f) => f.recoveryMs !== null && f.endS !== null && f.endS > f.atS));
  t.ok(report.consistency.ok && report.consistency.ackedWrites > 0);
  t.match(result.stdout, `${report.totals.ok} ok`, 'the summary prints the figures of report.json');
  const html = await readFile(join(out, 'report.html'), 'utf8');
  t.match(html, String(report.totals.ok), 'report.html holds the measured numbers');
  t.match(html, String(report.faults[0]!.recoveryMs!.toLocaleString('en-US')));
  t.same((await readdir(out)).sort(), ['report.html', 'report.json']);
});

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Pids whose command line mentions `text` (Linux /proc). */
async function processesUsing(text: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(text)) pids.push(Number(entry));
  }
  return pids;
}
