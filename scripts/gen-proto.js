#!/usr/bin/env node
// Generates proto/generated/redoubt.{js,d.ts} from proto/redoubt/v1/*.proto with protobufjs-cli.
// With --check, generates into a temp dir and fails if the committed output differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto/redoubt/v1');
const outDir = join(root, 'proto/generated');
const bin = (name) => join(root, 'node_modules/.bin', name);
const protos = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, f));

const work = mkdtempSync(join(tmpdir(), 'redoubt-proto-'));
try {
  const js = join(work, 'redoubt.js');
  const dts = join(work, 'redoubt.d.ts');
  execFileSync(
    bin('pbjs'),
    [
      '-t',
      'static-module',
      '-w',
      'es6',
      '--es6',
      '--no-beautify',
      '--force-number',
      '-p',
      join(root, 'proto'),
      '-o',
      js,
      ...protos,
    ],
    { stdio: 'inherit' },
  );
  // protobufjs' ES6 wrapper imports "protobufjs/minimal" without an extension; Node's ESM needs one.
  writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'));
  execFileSync(bin('pbts'), ['--no-comments=false', '-o', dts, js], { stdio: 'inherit' });
  const files = { 'redoubt.js': readFileSync(js, 'utf8'), 'redoubt.d.ts': readFileSync(dts, 'utf8') };
  if (check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      try {
        return readFileSync(join(outDir, name), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`generated proto code is out of date: ${stale.map(([n]) => n).join(', ')}; run: npm run proto`);
      process.exit(1);
    }
    console.log('generated proto code is up to date');
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
    console.log(
      `wrote ${Object.keys(files)
        .map((n) => join('proto/generated', n))
        .join(', ')}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
