#!/usr/bin/env node
// Checks that the real servers the tests start are installed; as root it installs missing ones
// with apt-get (as in CI), otherwise it stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';

/** Binary → Debian package. */
const NEEDED = { 'nats-server': 'nats-server', swtpm: 'swtpm', tpm2_unseal: 'tpm2-tools' };

const missing = Object.entries(NEEDED).filter(([bin]) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);
if (missing.length === 0) process.exit(0);
const packages = [...new Set(missing.map(([, pkg]) => pkg))];
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
if (process.getuid?.() !== 0) {
  console.error(`The tests need: ${missing.map(([b]) => b).join(', ')}. Install them with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.error(`installing ${packages.join(', ')} for the tests…`);
execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
