import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { KeyringUnlockError, RedoubtError, UnknownKeyVersionError } from '../../../actors/errors.js';
import { PLATFORM_SCOPE, Sealer, StaticKeyring, loadKeyFileKeyring } from '../../../actors/crypto/index.js';
import type { Keyring, SealContext } from '../../../actors/crypto/index.js';

const CONTEXT: SealContext = { purpose: 'event', entity: 'org/acme', seq: 1 };
const PLAINTEXT = new TextEncoder().encode('hello');
const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const currentKey = (keyring: Keyring): string => toHex(keyring.current(PLATFORM_SCOPE).bytes);
const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

async function tempDir(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-keyring-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens in `b` what was sealed in `a`: both keyrings hold the same key. */
function sealedAcross(a: Keyring, b: Keyring): string {
  const blob = new Sealer(a).seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  return toHex(new Sealer(b).open(PLATFORM_SCOPE, CONTEXT, blob));
}

t.test('static keyring', async (t) => {
  t.test('the highest version is current and every version opens by number', async (t) => {
    const v1 = randomBytes(32);
    const v3 = randomBytes(32);
    const keyring = new StaticKeyring([
      { version: 3, bytes: v3 },
      { version: 1, bytes: v1 },
    ]);
    t.equal(keyring.current('org-a').version, 3);
    t.equal(currentKey(keyring), toHex(v3));
    t.equal(toHex(keyring.byVersion('org-b', 1).bytes), toHex(v1));
    t.throws(() => keyring.byVersion(PLATFORM_SCOPE, 2), UnknownKeyVersionError);
  });

  t.test('keeps its own copy of the key bytes', async (t) => {
    const bytes = randomBytes(32);
    const original = toHex(bytes);
    const keyring = new StaticKeyring([{ version: 1, bytes }]);
    bytes.fill(0);
    t.equal(currentKey(keyring), original);
  });

  t.test('close wipes the keys and later calls throw KEYRING_CLOSED', async (t) => {
    const keyring = new StaticKeyring([{ version: 1, bytes: randomBytes(32) }]);
    const key = keyring.current(PLATFORM_SCOPE);
    keyring.close();
    keyring.close();
    t.ok(key.bytes.every((byte) => byte === 0));
    t.throws(() => keyring.current(PLATFORM_SCOPE), { constructor: RedoubtError, code: 'KEYRING_CLOSED' });
    t.throws(() => keyring.byVersion(PLATFORM_SCOPE, 1), { code: 'KEYRING_CLOSED' });
  });

  t.test('refuses an empty list, a repeated version, a bad version or a short key', async (t) => {
    const bytes = randomBytes(32);
    t.throws(() => new StaticKeyring([]), RangeError);
    t.throws(
      () =>
        new StaticKeyring([
          { version: 1, bytes },
          { version: 1, bytes },
        ]),
      RangeError,
    );
    t.throws(() => new StaticKeyring([{ version: 0, bytes }]), RangeError);
    t.throws(() => new StaticKeyring([{ version: 1.5, bytes }]), RangeError);
    t.throws(() => new StaticKeyring([{ version: 1, bytes: bytes.subarray(1) }]), RangeError);
  });
});

t.test('key file keyring', async (t) => {
  t.test('is created 0600 in a new 0700 directory and reloads to the same key', async (t) => {
    const dir = join(await tempDir(t), 'secrets');
    const file = join(dir, 'data.key');
    const created = await loadKeyFileKeyring(file, { create: true });
    t.equal(await modeOf(file), 0o600);
    t.equal(await modeOf(dir), 0o700);
    t.match(await readFile(file, 'utf8'), /^redoubt-key-v1:[A-Za-z0-9+/]{43}=\n$/);
    const reloaded = await loadKeyFileKeyring(file);
    t.equal(currentKey(reloaded), currentKey(created));
    t.equal(reloaded.current(PLATFORM_SCOPE).version, 1);
    t.equal(sealedAcross(created, reloaded), toHex(PLAINTEXT));
    const again = await loadKeyFileKeyring(file, { create: true });
    t.equal(currentKey(again), currentKey(created), 'create keeps an existing key');
  });

  t.test('processes creating the same key file at once end up with one key', async (t) => {
    const file = join(await tempDir(t), 'data.key');
    const keyrings = await Promise.all(Array.from({ length: 8 }, () => loadKeyFileKeyring(file, { create: true })));
    t.same(new Set(keyrings.map(currentKey)).size, 1);
    t.equal(currentKey(await loadKeyFileKeyring(file)), currentKey(keyrings[0] as Keyring));
  });

  t.test('a file readable by group or others is refused with the chmod fix', async (t) => {
    const file = join(await tempDir(t), 'data.key');
    await loadKeyFileKeyring(file, { create: true });
    const key = (await readFile(file, 'utf8')).trim().slice('redoubt-key-v1:'.length);
    for (const mode of [0o640, 0o604, 0o660]) {
      await chmod(file, mode);
      const error = await loadKeyFileKeyring(file).catch((e: unknown) => e);
      t.match(error, { code: 'KEYRING_UNLOCK_FAILED', message: `chmod 600 ${file}` }, mode.toString(8));
      t.notOk(String((error as Error).message).includes(key));
    }
    await chmod(file, 0o400);
    t.ok(await loadKeyFileKeyring(file), 'owner read-only is fine');
  });

  t.test('a malformed file or a key of the wrong length is refused, naming the file', async (t) => {
    const dir = await tempDir(t);
    const cases: [string, string, RegExp][] = [
      ['empty', '', /malformed/],
      ['no prefix', `${randomBytes(32).toString('base64')}\n`, /malformed/],
      ['other prefix', `redoubt-key-v2:${randomBytes(32).toString('base64')}\n`, /malformed/],
      ['not base64', 'redoubt-key-v1:not base64!\n', /malformed/],
      ['two lines', `redoubt-key-v1:${randomBytes(32).toString('base64')}\nmore\n`, /malformed/],
      ['unpadded base64', `redoubt-key-v1:${randomBytes(32).toString('base64').replace(/=+$/, '')}\n`, /malformed/],
      ['short key', `redoubt-key-v1:${randomBytes(16).toString('base64')}\n`, /holds a 16-byte key, expected 32/],
      ['long key', `redoubt-key-v1:${randomBytes(64).toString('base64')}`, /holds a 64-byte key, expected 32/],
    ];
    for (const [what, content, message] of cases) {
      const file = join(dir, `${what.replace(/\W+/g, '-')}.key`);
      await writeFile(file, content, { mode: 0o600 });
      await t.rejects(loadKeyFileKeyring(file), { constructor: KeyringUnlockError, message }, what);
      await t.rejects(loadKeyFileKeyring(file), { message: file }, `${what} names the file`);
    }
    const crlf = join(dir, 'crlf.key');
    await writeFile(crlf, `redoubt-key-v1:${randomBytes(32).toString('base64')}\r\n`, { mode: 0o600 });
    t.ok(await loadKeyFileKeyring(crlf), 'a CRLF line ending is accepted');
  });

  t.test('a missing file without create is refused with how to create it', async (t) => {
    const file = join(await tempDir(t), 'data.key');
    await t.rejects(loadKeyFileKeyring(file), {
      code: 'KEYRING_UNLOCK_FAILED',
      message: /does not exist.*create: true/,
    });
  });
});
