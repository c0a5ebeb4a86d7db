#!/usr/bin/env node
// Generates the code of proto/redoubt/v1/*.proto:
// - proto/generated/redoubt.{js,d.ts}: protobufjs static code of the internal messages
//   (envelope.proto), which nodes exchange over NATS;
// - proto/generated/api/: TypeScript types of the public API (every other file), made by
//   @grpc/proto-loader's generator; the gateway and clients load the .proto files themselves.
// With --check, generates into a temp dir and fails if the committed output differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto/redoubt/v1');
const outDir = join(root, 'proto/generated');
const bin = (name) => join(root, 'node_modules/.bin', name);
const INTERNAL = ['envelope.proto'];
const all = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .sort();
const api = all.filter((f) => !INTERNAL.includes(f)).map((f) => `redoubt/v1/${f}`);

/** Every file below dir, by path relative to it. */
function filesOf(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

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
      ...INTERNAL.map((f) => join(protoDir, f)),
    ],
    { stdio: 'inherit' },
  );
  // protobufjs' ES6 wrapper imports "protobufjs/minimal" without an extension; Node's ESM needs one.
  writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'));
  execFileSync(bin('pbts'), ['--no-comments=false', '-o', dts, js], { stdio: 'inherit' });
  const apiOut = join(work, 'api');
  execFileSync(
    bin('proto-loader-gen-types'),
    [
      '--grpcLib',
      '@grpc/grpc-js',
      '--longs',
      'Number',
      '--enums',
      'String',
      '--defaults',
      '--oneofs',
      '--includeComments',
      '--importFileExtension',
      '.js',
      '-I',
      join(root, 'proto'),
      '-O',
      apiOut,
      ...api,
    ],
    { stdio: 'inherit', cwd: join(root, 'proto') },
  );
  const files = {
    'redoubt.js': readFileSync(js, 'utf8'),
    'redoubt.d.ts': readFileSync(dts, 'utf8'),
    // options.proto declares no service: its package type would be an unused import.
    ...Object.fromEntries(
      Object.entries(filesOf(apiOut))
        .filter(([name]) => name !== 'options.ts')
        // The generator names each source by absolute path: keep the output the same in any clone.
        .map(([name, text]) => [
          join('api', name),
          text.replaceAll(`Original file: ${join(root, 'proto')}/`, 'Original file: '),
        ]),
    ),
  };
  if (check) {
    const committed = filesOf(outDir);
    const stale = [
      ...Object.entries(files).filter(([name, text]) => committed[name] !== text),
      ...Object.keys(committed)
        .filter((name) => !(name in files))
        .map((name) => [name]),
    ];
    if (stale.length > 0) {
      console.error(`generated proto code is out of date: ${stale.map(([n]) => n).join(', ')}; run: npm run proto`);
      process.exit(1);
    }
    console.log('generated proto code is up to date');
  } else {
    rmSync(outDir, { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(outDir, name, '..'), { recursive: true });
      writeFileSync(join(outDir, name), text);
    }
    console.log(`wrote ${Object.keys(files).length} files under proto/generated`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
