import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUnbound } from './dist/sim/peers/unbound.js';
import { startHelper } from './dist/sim/bench/helper-process.js';
const run = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), 'dbg-'));
const names = Array.from({ length: 1000 }, (_, i) => `n${i}.bench.example`);
const unbound = await startUnbound(['bench.example.'], names.map((n, i) => `${n}. 3600 IN A 10.0.${i >> 8}.${i & 255}`));
const q = join(dir, 'q.txt'); await writeFile(q, names.map((n) => `${n} A`).join('\n'));
const list = join(dir, 'l.txt'); await writeFile(list, '||tracker.bench.example^\n');
const { child, ready } = await startHelper('dns-node-process.js', ['--data', join(dir, 'data'), '--key-file', join(dir, 'm.key'), '--node-id', 'b', '--http-port', '0', '--grpc-port', '0', '--scrypt-n', '1024', '--dns-port', '0', '--dns-dot-port', '0', '--dns-doh-port', '0', '--dns-upstream', `127.0.0.1:${unbound.port}`, '--dns-lists', `trackers:tracker:${list}`, '--dns-rate-per-client', '1000000']);
const port = JSON.parse(ready).endpoints.dns;
await run('dnsperf', ['-s', '127.0.0.1', '-p', String(port), '-d', q, '-n', '1']);
import { readFileSync } from 'node:fs';
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const file = process.argv[3] ?? q;
for (let r = 0; r < Number(process.argv[2] ?? 1); r++) {
  const c0 = cpu(child.pid);
  const out = (await run('dnsperf', ['-s', '127.0.0.1', '-p', String(port), '-c', '1', '-T', '1', '-l', '5', '-d', file])).stdout;
  const ours = out.match(/Queries per second:\s+([\d.]+)/)[1];
  const n = Number(out.match(/Queries completed:\s+(\d+)/)[1]);
  console.log('cpu us/query', ((cpu(child.pid) - c0) * 1000 / n).toFixed(2));
  const raw = (await run('dnsperf', ['-s', '127.0.0.1', '-p', String(unbound.port), '-c', '1', '-T', '1', '-l', '5', '-d', q])).stdout.match(/Queries per second:\s+([\d.]+)/)[1];
  console.log('ours', ours, 'unbound', raw, 'ratio', (ours / raw).toFixed(3));
}
child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); await unbound[Symbol.asyncDispose]();
