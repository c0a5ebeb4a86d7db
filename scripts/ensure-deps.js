#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone: installs the npm dependencies first when
// they are missing (uses only Node's standard library, as nothing else is installed yet).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
if (existsSync(`${root}node_modules/.bin/tsc`) && existsSync(`${root}node_modules/nact`)) process.exit(0);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const command = existsSync(`${root}package-lock.json`) ? 'ci' : 'install';
console.error(`installing npm dependencies (npm ${command}) on first run…`);
execFileSync(npm, [command, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
