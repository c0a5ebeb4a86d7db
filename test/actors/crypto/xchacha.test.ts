import { randomBytes, randomInt } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import t from 'tap';
import { SealOpenError } from '../../../actors/errors.js';
import { hchacha20, xchachaOpen, xchachaSeal } from '../../../actors/crypto/xchacha.js';

const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
/** `length` bytes counting up from `first`, as the draft's vectors are written. */
const counting = (first: number, length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => first + i);

// draft-irtf-cfrg-xchacha-03, section A.3.1.
const KEY = counting(0x80, 32);
const NONCE = counting(0x40, 24);
const AAD = hex('50515253c0c1c2c3c4c5c6c7');
const PLAINTEXT = new TextEncoder().encode(
  "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
);
const CIPHERTEXT = hex(`
  bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb
  731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452
  2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9
  21f9664c97637da9768812f615c68b13b52e`);
const TAG = hex('c0875924c1c7987947deafd8780acf49');

t.test('HChaCha20 gives the subkey of draft section 2.2.1', async (t) => {
  const subkey = hchacha20(counting(0x00, 32), hex('000000090000004a0000000031415927'));
  t.equal(toHex(subkey), '82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc');
});

t.test('seal gives the published bytes of draft section A.3.1 and the same bytes as noble', async (t) => {
  const sealed = xchachaSeal(KEY, NONCE, PLAINTEXT, AAD);
  t.equal(toHex(sealed), toHex(CIPHERTEXT) + toHex(TAG));
  t.equal(toHex(sealed), toHex(xchacha20poly1305(KEY, NONCE, AAD).encrypt(PLAINTEXT)));
  t.equal(toHex(xchachaOpen(KEY, NONCE, sealed, AAD)), toHex(PLAINTEXT));
});

t.test('seal and open match noble on 200 random keys, nonces, aads and plaintexts', async (t) => {
  let mismatches = 0;
  for (let i = 0; i < 200; i++) {
    const key = randomBytes(32);
    const nonce = randomBytes(24);
    const aad = randomBytes(randomInt(0, 64));
    const plaintext = Uint8Array.from(randomBytes(i === 0 ? 0 : randomInt(0, 4097)));
    const ours = xchachaSeal(key, nonce, plaintext, aad);
    const noble = xchacha20poly1305(key, nonce, aad).encrypt(plaintext);
    const opened = xchachaOpen(key, nonce, noble, aad);
    if (toHex(ours) !== toHex(noble) || toHex(opened) !== toHex(plaintext)) {
      mismatches++;
      t.fail(`case ${i} differs: key ${toHex(key)} nonce ${toHex(nonce)} aad ${toHex(aad)} length ${plaintext.length}`);
    }
  }
  t.equal(mismatches, 0);
});

t.test('input not aligned to 4 bytes is handled', async (t) => {
  const buffer = new Uint8Array(1 + 32 + 24);
  buffer.set(KEY, 1);
  buffer.set(NONCE, 33);
  const sealed = xchachaSeal(buffer.subarray(1, 33), buffer.subarray(33), PLAINTEXT, AAD);
  t.equal(toHex(sealed), toHex(CIPHERTEXT) + toHex(TAG));
});

t.test('open with a wrong key is refused without naming the key', async (t) => {
  const sealed = xchachaSeal(KEY, NONCE, PLAINTEXT, AAD);
  const wrong = Uint8Array.from(KEY);
  wrong[0] = (wrong[0] ?? 0) ^ 1;
  const error = catchError(() => xchachaOpen(wrong, NONCE, sealed, AAD));
  t.type(error, SealOpenError);
  t.match(error, { code: 'SEAL_OPEN_FAILED', message: /wrong key, wrong context or altered data/ });
  t.notMatch(String((error as Error).message), toHex(wrong).slice(0, 16));
});

t.test('open refuses a changed aad, ciphertext or tag', async (t) => {
  const sealed = xchachaSeal(KEY, NONCE, PLAINTEXT, AAD);
  t.throws(() => xchachaOpen(KEY, NONCE, sealed, AAD.subarray(1)), SealOpenError);
  for (const index of [0, 50, sealed.length - 17, sealed.length - 16, sealed.length - 1]) {
    const altered = Uint8Array.from(sealed);
    altered[index] = (altered[index] ?? 0) ^ 0x01;
    t.throws(() => xchachaOpen(KEY, NONCE, altered, AAD), SealOpenError, `byte ${index} changed`);
  }
});

t.test('lengths are checked with clear errors', async (t) => {
  t.throws(() => xchachaSeal(KEY.subarray(1), NONCE, PLAINTEXT, AAD), RangeError('key must be 32 bytes, got 31'));
  t.throws(() => xchachaSeal(KEY, NONCE.subarray(1), PLAINTEXT, AAD), RangeError('nonce must be 24 bytes, got 23'));
  t.throws(() => xchachaOpen(KEY, NONCE, new Uint8Array(15), AAD), SealOpenError);
  t.throws(() => xchachaOpen(KEY, NONCE, new Uint8Array(16), AAD), SealOpenError);
});

t.test('an empty plaintext seals to a lone tag', async (t) => {
  const sealed = xchachaSeal(KEY, NONCE, new Uint8Array(0), new Uint8Array(0));
  t.equal(sealed.length, 16);
  t.equal(xchachaOpen(KEY, NONCE, sealed, new Uint8Array(0)).length, 0);
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
