/** The nats-server configurations in deploy/nats are ones nats-server accepts (`-t` checks a file without starting). */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../proto/index.js';

const dir = join(packageRoot(), 'deploy', 'nats');
const bin = process.env['NATS_SERVER_BIN'] ?? 'nats-server';

t.test('every deploy/nats config is valid for nats-server', async (t) => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.conf'));
  t.ok(files.includes('region-gateway.conf'), 'the multi-region one is there');
  for (const file of files) {
    const result = spawnSync(bin, ['-c', join(dir, file), '-t'], { encoding: 'utf8' });
    t.equal(result.status, 0, `${file}: ${(result.stderr + result.stdout).trim()}`);
  }
});
