import type { Test } from 'tap';
import t from 'tap';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { EntityClient } from '../../actors/index.js';
import { signingKeys, TokenSigner, TokenVerifier } from '../../registry/index.js';
import type { JwksReply, SigningKeyReply, SigningKeysStatus, TokenVerifierOptions } from '../../registry/index.js';
import { newTransportKeyPair, openFromSender } from '../../registry/keyset/index.js';
import { signingTransportContext } from '../../registry/signing/handlers.js';
import { MAX_SIGNING_KEYS, SIGNER_LEASE_MS, CLOCK_SKEW_MS } from '../../registry/signing/index.js';
import { filesContaining, keyForms } from '../helpers/grep-files.js';
import { registryHistory } from '../helpers/registry-history.js';
import { startTestStandalone } from '../helpers/standalone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function signerOf(client: EntityClient, purpose = 'access'): TokenSigner {
  return new TokenSigner(
    purpose,
    async (id, command) => (await client.ask(signingKeys, id, command)) as SigningKeyReply,
  );
}

function verifierOf(client: EntityClient, options: TokenVerifierOptions = {}, purpose = 'access'): TokenVerifier {
  return new TokenVerifier(
    purpose,
    async (id, command) => (await client.ask(signingKeys, id, command)) as JwksReply,
    options,
  );
}

async function jwksOf(client: EntityClient, purpose = 'access'): Promise<JwksReply> {
  return (await client.ask(signingKeys, purpose, { type: 'jwks' })) as JwksReply;
}

/**
 * Moves `Date.now()` forward for the runtime (the registry's `ctx.now`), the signer and the
 * verifier alike; restored when the test ends.
 */
function movableClock(t: Test): { advance(ms: number): void } {
  const real = Date.now;
  let offset = 0;
  Date.now = () => real() + offset;
  t.teardown(() => {
    Date.now = real;
  });
  return {
    advance(ms) {
      offset += ms;
    },
  };
}

t.test(
  'a token signed with the registry key verifies against the published JWKS; forged and tampered ones do not',
  async (t) => {
    await using solo = await startTestStandalone();
    const { client } = solo.node;
    const signer = signerOf(client);
    const verifier = verifierOf(client, { audience: 'gateway' });
    t.teardown(() => {
      signer.close();
      verifier.close();
    });

    const { token, kid, expiresAt } = await signer.sign(
      { sub: 'acct-1', aud: 'gateway', org: 'acme' },
      { lifetimeMs: 15 * MINUTE },
    );
    const verified = await verifier.verify(token);
    t.match(verified, { kid, payload: { sub: 'acct-1', org: 'acme', iss: 'redoubt', aud: 'gateway' } });
    t.equal(verified.payload.exp! - verified.payload.iat!, 15 * 60);
    t.equal(verified.payload.exp! * 1000, expiresAt);
    t.match(decodeProtectedHeader(token), { alg: 'EdDSA', kid, typ: 'JWT' });

    const { keys } = await jwksOf(client);
    t.equal(keys.length, 1);
    t.match(keys[0], { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid });
    t.notOk('d' in keys[0]!, 'no private part is published');
    t.equal(await calculateJwkThumbprint(keys[0]!), kid, 'the kid is the RFC 7638 thumbprint');

    // The lifetime is capped at the registry's longest (1 h by default).
    const long = decodeJwt((await signer.sign({}, { lifetimeMs: 48 * HOUR })).token);
    t.equal(long.exp! - long.iat!, 3600);
    await t.rejects(signer.sign({ exp: 9_999_999_999 }), { code: 'INVALID_TOKEN_REQUEST', details: { field: 'exp' } });
    await t.rejects(signer.sign({}, { lifetimeMs: 10 }), { code: 'INVALID_TOKEN_REQUEST' });

    // A foreign key, even claiming our kid, is refused; so is an unknown kid.
    const foreign = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forge = (header: Record<string, string>) =>
      new SignJWT({ sub: 'acct-1', aud: 'gateway' })
        .setProtectedHeader({ alg: 'EdDSA', ...header })
        .setIssuer('redoubt')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(foreign.privateKey);
    await t.rejects(verifier.verify(await forge({ kid })), {
      code: 'TOKEN_INVALID',
      details: { reason: 'BAD_SIGNATURE' },
    });
    await t.rejects(verifier.verify(await forge({ kid: 'not-ours' })), {
      code: 'TOKEN_INVALID',
      details: { reason: 'UNKNOWN_KEY' },
    });

    // Unknown kids make the verifier refetch at most once per interval, so forgeries cannot hammer the registry.
    let asks = 0;
    const counting = new TokenVerifier('access', async (id, command) => {
      asks++;
      return (await client.ask(signingKeys, id, command)) as JwksReply;
    });
    for (let i = 0; i < 5; i++) {
      await t.rejects(counting.verify(await forge({ kid: `forged-${i}` })), {
        code: 'TOKEN_INVALID',
        details: { reason: 'UNKNOWN_KEY' },
      });
    }
    t.equal(asks, 1, 'one fetch for five unknown kids');
    counting.close();

    // A changed payload breaks the signature.
    const [header, , signature] = token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...verified.payload, sub: 'admin' })).toString('base64url')}.${signature}`;
    await t.rejects(verifier.verify(tampered), { code: 'TOKEN_INVALID', details: { reason: 'BAD_SIGNATURE' } });
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${token.split('.')[1]}.`;
    await t.rejects(verifier.verify(unsigned), { code: 'TOKEN_INVALID' });
    await t.rejects(verifier.verify('garbage'), { code: 'TOKEN_INVALID', details: { reason: 'MALFORMED' } });
    // Audience and issuer are checked.
    await t.rejects(verifier.verify((await signer.sign({ aud: 'mail' })).token), {
      code: 'TOKEN_INVALID',
      details: { reason: 'CLAIM_INVALID', claim: 'aud' },
    });
    const otherIssuer = new TokenSigner(
      'access',
      async (id, command) => (await client.ask(signingKeys, id, command)) as SigningKeyReply,
      {
        issuer: 'elsewhere',
      },
    );
    await t.rejects(verifier.verify((await otherIssuer.sign({ aud: 'gateway' })).token), {
      code: 'TOKEN_INVALID',
      details: { reason: 'CLAIM_INVALID', claim: 'iss' },
    });
    otherIssuer.close();
    // Purposes do not mix: an access token is no token of another purpose.
    const refresh = verifierOf(client, {}, 'refresh');
    await t.rejects(refresh.verify(token), { code: 'TOKEN_INVALID', details: { reason: 'UNKNOWN_KEY' } });
    refresh.close();
  },
);

t.test(
  'after a rotation old tokens verify until they expire, new ones use the new key, and the old key leaves the JWKS',
  async (t) => {
    const clock = movableClock(t);
    await using solo = await startTestStandalone();
    let client = solo.node.client;
    const signer = signerOf(client);
    const verifier = verifierOf(client, { minRefreshIntervalMs: 0 });
    t.teardown(() => {
      signer.close();
      verifier.close();
    });

    const old = await signer.sign({ sub: 'acct-1' }, { lifetimeMs: HOUR });
    t.match(await verifier.verify(old.token), { kid: old.kid });
    t.match(await client.ask(signingKeys, 'access', { type: 'rotate' }), { retired: old.kid });
    signer.forget();
    const fresh = await signer.sign({ sub: 'acct-1' });
    t.not(fresh.kid, old.kid, 'new tokens use the new key');
    // The verifier still has the old set: the unknown kid makes it refetch.
    t.match(await verifier.verify(fresh.token), { kid: fresh.kid });
    t.match(await verifier.verify(old.token), { kid: old.kid }, 'old tokens still verify');
    t.same(
      (await jwksOf(client)).keys.map((key) => key.kid),
      [fresh.kid, old.kid],
    );

    // The state survives a restart, sealed.
    client = (await solo.restart()).client;
    const status = (await client.ask(signingKeys, 'access', { type: 'status' })) as SigningKeysStatus;
    t.equal(status.current, fresh.kid);
    t.equal(status.keys.length, 2);
    const dropAt = status.keys.find((key) => key.kid === old.kid)!.dropAt!;
    t.equal(
      dropAt - status.keys.find((key) => key.kid === old.kid)!.retiredAt!,
      SIGNER_LEASE_MS + HOUR + CLOCK_SKEW_MS,
    );
    const restartedVerifier = verifierOf(client);
    t.teardown(() => restartedVerifier.close());
    t.match(await restartedVerifier.verify(old.token), { kid: old.kid });

    // Past the old token's expiry it is refused as expired; its key is still published until dropAt.
    clock.advance(HOUR + 1000);
    await t.rejects(restartedVerifier.verify(old.token), { code: 'TOKEN_INVALID', details: { reason: 'EXPIRED' } });
    t.equal((await jwksOf(client)).keys.length, 2);
    clock.advance(dropAt - Date.now() + 1000);
    const { keys } = await jwksOf(client);
    t.same(
      keys.map((key) => key.kid),
      [fresh.kid],
      'the retired key is dropped once its tokens have expired',
    );
    // Even with the clock turned back, the dropped key verifies nothing.
    await t.rejects(
      jwtVerify(old.token, createLocalJWKSet({ keys: keys.map((key) => ({ ...key })) }), {
        currentDate: new Date(old.expiresAt - 1000),
      }),
      { code: 'ERR_JWKS_NO_MATCHING_KEY' },
    );
    const lateVerifier = verifierOf(client);
    await t.rejects(lateVerifier.verify(old.token), { code: 'TOKEN_INVALID', details: { reason: 'UNKNOWN_KEY' } });
    lateVerifier.close();

    // The current key is replaced on the first fetch after the rotation period (24 h by default).
    const signer2 = signerOf(client);
    t.equal((await signer2.sign()).kid, fresh.kid);
    clock.advance(24 * HOUR);
    const rotated = await signer2.sign();
    t.not(rotated.kid, fresh.kid, 'rotated automatically');
    t.match(await verifierOf(client).verify(rotated.token), { kid: rotated.kid });
    signer2.close();
  },
);

t.test('no signing private key is in the data dir, and a rotated-out one is erased from the history', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  const fetchSeed = async (): Promise<{ kid: string; seed: Uint8Array }> => {
    const pair = newTransportKeyPair();
    const reply = (await client.ask(signingKeys, 'access', {
      type: 'fetch',
      recipient: Buffer.from(pair.publicKey).toString('base64'),
    })) as SigningKeyReply;
    return {
      kid: reply.kid,
      seed: openFromSender(pair, Buffer.from(reply.sealed, 'base64'), signingTransportContext('access', reply.kid)),
    };
  };
  const first = await fetchSeed();
  const signer = signerOf(client);
  await signer.sign({ sub: 'x' });
  signer.close();
  await client.ask(signingKeys, 'access', { type: 'rotate' });
  const second = await fetchSeed();
  t.not(second.kid, first.kid);
  await solo.node.close();

  for (const { seed } of [first, second]) {
    for (const form of keyForms(seed)) t.same((await filesContaining([solo.dataDir], form)).hits, []);
  }

  // With the master key, the records and snapshot of the entity hold the current key only.
  const history = await registryHistory(solo.dataDir, solo.keyFile, 'signing-keys/access');
  t.ok(history.snapshot, 'a snapshot holds the state');
  const opened = [...history.records, history.snapshot].map((body) => JSON.stringify(body));
  const text = opened.join('\n');
  t.notOk(text.includes(Buffer.from(first.seed).toString('base64')), 'the rotated-out private key is gone');
  t.ok(text.includes(Buffer.from(second.seed).toString('base64')), 'the current one is there, sealed');
});

t.test('signing-keys commands are validated', async (t) => {
  await using solo = await startTestStandalone();
  const ask = (command: unknown, purpose = 'access') => solo.node.client.ask(signingKeys, purpose, command as never);
  const invalid = (field: string) => ({ code: 'INVALID_COMMAND', details: { field } });
  await t.rejects(ask({ type: 'fetch' }), invalid('recipient'));
  await t.rejects(ask({ type: 'fetch', recipient: 'AAAA' }), invalid('recipient'));
  await t.rejects(ask({ type: 'fetch', recipient: Buffer.alloc(32).toString('base64') }), {
    code: 'INVALID_COMMAND',
    message: /not a usable X25519 public key/,
  });
  t.match(await ask({ type: 'status' }), { current: '', keys: [] }, 'a refused fetch made no key');
  await t.rejects(ask({ type: 'configure' }), invalid('rotationPeriodMs'));
  await t.rejects(ask({ type: 'configure', rotationPeriodMs: 1000 }), invalid('rotationPeriodMs'));
  await t.rejects(ask({ type: 'configure', rotationPeriodMs: 91 * 24 * HOUR }), invalid('rotationPeriodMs'));
  await t.rejects(ask({ type: 'configure', maxTokenLifetimeMs: 25 * HOUR }), invalid('maxTokenLifetimeMs'));
  await t.rejects(ask({ type: 'configure', maxTokenLifetimeMs: '1h' }), invalid('maxTokenLifetimeMs'));
  t.match(await ask({ type: 'configure', rotationPeriodMs: 6 * HOUR, maxTokenLifetimeMs: 10 * MINUTE }), {
    rotationPeriodMs: 6 * HOUR,
    maxTokenLifetimeMs: 10 * MINUTE,
  });
  t.match(await ask({ type: 'configure', maxTokenLifetimeMs: 5 * MINUTE }), {
    rotationPeriodMs: 6 * HOUR,
    maxTokenLifetimeMs: 5 * MINUTE,
  });
  await t.rejects(ask({ type: 'explode' }), {
    code: 'INVALID_COMMAND',
    message: /signing-keys has no command "explode"/,
  });
  await t.rejects(ask({ type: 'jwks' }, 'Access'), invalid('id'));
  await t.rejects(ask({ type: 'jwks' }, 'access/x'), invalid('id'));

  // Explicit rotations are bounded: keys whose tokens may be live are never dropped early.
  for (let i = 0; i < MAX_SIGNING_KEYS; i++) await ask({ type: 'rotate' });
  await t.rejects(ask({ type: 'rotate' }), { code: 'COMMAND_REJECTED', details: { reason: 'TOO_MANY_KEYS' } });
  t.equal((await jwksOf(solo.node.client)).keys.length, MAX_SIGNING_KEYS);
});
