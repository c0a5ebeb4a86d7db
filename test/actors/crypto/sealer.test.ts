import { randomBytes } from 'node:crypto';
import t from 'tap';
import { SealOpenError, UnknownKeyVersionError } from '../../../actors/errors.js';
import { PLATFORM_SCOPE, Sealer, StaticKeyring, sealedKeyVersion } from '../../../actors/crypto/index.js';
import type { SealContext } from '../../../actors/crypto/index.js';
import { xchachaOpen } from '../../../actors/crypto/xchacha.js';

const KEY_1 = randomBytes(32);
const KEY_2 = randomBytes(32);
const CONTEXT: SealContext = { purpose: 'event', entity: 'project/acme/website', seq: 42 };
const PLAINTEXT = new TextEncoder().encode('{"type":"renamed","name":"Website"}');
const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

const sealerWith = (...keys: Buffer[]): Sealer =>
  new Sealer(new StaticKeyring(keys.map((bytes, i) => ({ version: i + 1, bytes }))));

t.test('a sealed blob opens to the plaintext in the same context', async (t) => {
  const sealer = sealerWith(KEY_1);
  const blob = sealer.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  t.equal(toHex(sealer.open(PLATFORM_SCOPE, CONTEXT, blob)), toHex(PLAINTEXT));
  t.equal(sealer.open(PLATFORM_SCOPE, CONTEXT, sealer.seal(PLATFORM_SCOPE, CONTEXT, new Uint8Array(0))).length, 0);
});

t.test('a blob is format byte, key version, nonce, then ciphertext and tag', async (t) => {
  const blob = sealerWith(KEY_1).seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  t.equal(blob.length, 1 + 4 + 24 + PLAINTEXT.length + 16);
  t.equal(blob[0], 0x01);
  t.equal(toHex(blob.subarray(1, 5)), '00000001');
  t.equal(sealedKeyVersion(blob), 1);
});

t.test('the associated data is the documented byte layout', async (t) => {
  const context: SealContext = { purpose: 'snapshot', entity: 'org/acme', seq: 2 ** 32 + 5 };
  const blob = sealerWith(KEY_1).seal(PLATFORM_SCOPE, context, PLAINTEXT);
  const aad = Buffer.concat([
    Buffer.from('redoubt/v1\0', 'utf8'),
    Buffer.from('00000001', 'hex'),
    Buffer.from('\0snapshot\0org/acme\0', 'utf8'),
    Buffer.from('0000000100000005', 'hex'),
  ]);
  t.equal(toHex(xchachaOpen(KEY_1, blob.subarray(5, 29), blob.subarray(29), aad)), toHex(PLAINTEXT));
});

t.test('two seals of the same plaintext differ (random nonce)', async (t) => {
  const sealer = sealerWith(KEY_1);
  t.not(toHex(sealer.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT)), toHex(sealer.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT)));
});

t.test('a blob does not open with a wrong key', async (t) => {
  const blob = sealerWith(KEY_1).seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  t.throws(() => sealerWith(KEY_2).open(PLATFORM_SCOPE, CONTEXT, blob), {
    name: 'SealOpenError',
    code: 'SEAL_OPEN_FAILED',
    message: /wrong key, wrong context or altered data/,
  });
});

t.test('a changed byte anywhere in the blob is refused with a clear error', async (t) => {
  // Versions 1 and 2 both exist, so a version changed from 1 to 2 finds a key that must still fail.
  const sealer = sealerWith(KEY_1, KEY_2);
  const blob = sealer.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  t.equal(sealedKeyVersion(blob), 2);
  const cases: [string, number, number, new (...args: never[]) => Error][] = [
    ['format byte', 0, 0x01, SealOpenError],
    ['high version byte', 1, 0x01, UnknownKeyVersionError],
    ['low version byte, to a missing version', 4, 0x01, UnknownKeyVersionError],
    ['low version byte, to another existing version', 4, 0x03, SealOpenError],
    ['first nonce byte', 5, 0x80, SealOpenError],
    ['last nonce byte', 28, 0x01, SealOpenError],
    ['first ciphertext byte', 29, 0x01, SealOpenError],
    ['last ciphertext byte', blob.length - 17, 0x40, SealOpenError],
    ['first tag byte', blob.length - 16, 0x01, SealOpenError],
    ['last tag byte', blob.length - 1, 0x01, SealOpenError],
  ];
  for (const [what, index, mask, errorClass] of cases) {
    const altered = Uint8Array.from(blob);
    altered[index] = (altered[index] ?? 0) ^ mask;
    t.throws(() => sealer.open(PLATFORM_SCOPE, CONTEXT, altered), errorClass, what);
  }
  t.throws(() => sealer.open(PLATFORM_SCOPE, CONTEXT, blob.subarray(0, 44)), SealOpenError, 'truncated');
  t.throws(
    () => sealer.open(PLATFORM_SCOPE, CONTEXT, blob.subarray(0, blob.length - 1)),
    SealOpenError,
    'last byte cut',
  );
  t.throws(() => sealedKeyVersion(Uint8Array.of(0x02, ...blob.subarray(1))), {
    message: /format byte 0x02, expected 0x01/,
  });
});

t.test('a blob does not open in another context', async (t) => {
  const sealer = sealerWith(KEY_1);
  const blob = sealer.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  const others: SealContext[] = [
    { ...CONTEXT, entity: 'project/acme/websitf' },
    { ...CONTEXT, entity: 'project/acme/website ' },
    { ...CONTEXT, seq: 43 },
    { ...CONTEXT, seq: 2 ** 32 + 42 },
    { ...CONTEXT, purpose: 'snapshot' },
    { ...CONTEXT, purpose: 'state' },
  ];
  for (const other of others) {
    t.throws(() => sealer.open(PLATFORM_SCOPE, other, blob), SealOpenError, JSON.stringify(other));
  }
});

t.test('invalid contexts are refused before sealing', async (t) => {
  const sealer = sealerWith(KEY_1);
  const invalid: [string, SealContext][] = [
    ['NUL in entity', { ...CONTEXT, entity: 'org/a\0b' }],
    ['unpaired surrogate in entity', { ...CONTEXT, entity: 'org/\ud800' }],
    ['negative seq', { ...CONTEXT, seq: -1 }],
    ['fractional seq', { ...CONTEXT, seq: 1.5 }],
    ['unsafe seq', { ...CONTEXT, seq: 2 ** 53 }],
    ['unknown purpose', { ...CONTEXT, purpose: 'other' as SealContext['purpose'] }],
  ];
  for (const [what, context] of invalid) {
    t.throws(() => sealer.seal(PLATFORM_SCOPE, context, PLAINTEXT), RangeError, what);
  }
  const largest = { ...CONTEXT, entity: 'org/😀', seq: Number.MAX_SAFE_INTEGER };
  t.equal(
    toHex(sealer.open(PLATFORM_SCOPE, largest, sealer.seal(PLATFORM_SCOPE, largest, PLAINTEXT))),
    toHex(PLAINTEXT),
  );
});

t.test('a blob sealed with v1 still opens once v2 is current; new seals use v2', async (t) => {
  const before = sealerWith(KEY_1);
  const old = before.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  const after = sealerWith(KEY_1, KEY_2);
  t.equal(toHex(after.open(PLATFORM_SCOPE, CONTEXT, old)), toHex(PLAINTEXT));
  const fresh = after.seal(PLATFORM_SCOPE, CONTEXT, PLAINTEXT);
  t.equal(sealedKeyVersion(fresh), 2);
  t.throws(() => before.open(PLATFORM_SCOPE, CONTEXT, fresh), {
    name: 'UnknownKeyVersionError',
    code: 'UNKNOWN_KEY_VERSION',
  });
});
