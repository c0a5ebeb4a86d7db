import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import t from 'tap';
import { MAX_ONE_TIME_PREKEYS, TOP_UP_BELOW } from '../../registry/prekeys/index.js';
import { prekeys } from '../../registry/index.js';
import type { ClaimReply, PrekeysStatus, PublicPrekey, PublishReply } from '../../registry/index.js';
import { filesContaining } from '../helpers/grep-files.js';
import { startTestStandalone } from '../helpers/standalone.js';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** A client's key material: only the public halves are ever sent. */
function newClient(oneTime: number, firstId = 1) {
  const identity = ed25519.keygen();
  const signed = x25519.keygen();
  const oneTimePrekeys: PublicPrekey[] = Array.from({ length: oneTime }, (_, i) => ({
    id: firstId + i,
    key: b64(x25519.keygen().publicKey),
  }));
  return {
    identity,
    signed,
    bundle: {
      type: 'publish' as const,
      identityKey: b64(identity.publicKey),
      signedPrekey: {
        id: 7,
        key: b64(signed.publicKey),
        signature: b64(ed25519.sign(signed.publicKey, identity.secretKey)),
      },
      oneTimePrekeys,
    },
  };
}

t.test('a published bundle is claimed one one-time prekey at a time, then without one', async (t) => {
  await using solo = await startTestStandalone();
  const ask = (command: unknown) => solo.node.client.ask(prekeys, 'alice', command as never);
  await t.rejects(ask({ type: 'claim' }), { code: 'NOT_FOUND', details: { user: 'alice' } });
  const alice = newClient(3);
  t.same(await ask(alice.bundle), { identityChanged: false, oneTimePrekeys: 3 } satisfies PublishReply);

  const first = (await ask({ type: 'claim' })) as ClaimReply;
  t.same(first.oneTimePrekey, alice.bundle.oneTimePrekeys[0]);
  t.equal(first.oneTimePrekeysLeft, 2);
  t.equal(first.exhausted, false);
  // The client can check what it got: the signed prekey is signed by the identity key.
  t.ok(
    ed25519.verify(
      Buffer.from(first.signedPrekey.signature, 'base64'),
      Buffer.from(first.signedPrekey.key, 'base64'),
      Buffer.from(first.identityKey, 'base64'),
    ),
  );
  t.equal(((await ask({ type: 'claim' })) as ClaimReply).oneTimePrekey?.id, 2);
  t.match(await ask({ type: 'status' }), { published: true, oneTimePrekeys: 1, topUp: true, claimed: 2 });

  // State survives a restart (and is sealed at rest: no key appears in the files).
  await solo.node.close();
  for (const prekey of alice.bundle.oneTimePrekeys) {
    t.same((await filesContaining([solo.dataDir], prekey.key.slice(0, 40))).hits, [], 'sealed at rest');
  }
  await solo.restart();
  const third = (await ask({ type: 'claim' })) as ClaimReply;
  t.equal(third.oneTimePrekey?.id, 3, 'a claimed prekey is never handed out again');
  const exhausted = (await ask({ type: 'claim' })) as ClaimReply;
  t.equal(exhausted.exhausted, true);
  t.equal(exhausted.oneTimePrekey, undefined);
  t.equal(
    exhausted.signedPrekey.key,
    alice.bundle.signedPrekey.key,
    'the bundle still comes, without a one-time prekey',
  );

  // Top-up under the same identity adds to the pool and replaces the signed prekey.
  const topUp = newClient(TOP_UP_BELOW, 100);
  const sameIdentity = {
    ...topUp.bundle,
    identityKey: alice.bundle.identityKey,
    signedPrekey: {
      id: 8,
      key: topUp.bundle.signedPrekey.key,
      signature: b64(ed25519.sign(topUp.signed.publicKey, alice.identity.secretKey)),
    },
  };
  t.same(await ask(sameIdentity), { identityChanged: false, oneTimePrekeys: TOP_UP_BELOW });
  t.match((await ask({ type: 'status' })) as PrekeysStatus, {
    signedPrekeyId: 8,
    oneTimePrekeys: TOP_UP_BELOW,
    topUp: false,
  });
  await t.rejects(ask(sameIdentity), { code: 'COMMAND_REJECTED', details: { reason: 'DUPLICATE_PREKEY' } });
  await t.rejects(
    ask({
      ...newClient(MAX_ONE_TIME_PREKEYS, 1000).bundle,
      identityKey: alice.bundle.identityKey,
      signedPrekey: sameIdentity.signedPrekey,
    }),
    {
      code: 'COMMAND_REJECTED',
      details: { reason: 'PREKEY_POOL_FULL' },
    },
  );

  // A new identity (a reinstalled client) replaces everything, and says so.
  const reinstalled = newClient(2, 500);
  t.same(await ask(reinstalled.bundle), { identityChanged: true, oneTimePrekeys: 2 });
  t.equal(((await ask({ type: 'claim' })) as ClaimReply).oneTimePrekey?.id, 500);
});

t.test('publish refuses bad signatures, private-looking and oversized input with clear codes', async (t) => {
  await using solo = await startTestStandalone();
  const ask = (command: unknown) => solo.node.client.ask(prekeys, 'bob', command as never);
  const { bundle, identity } = newClient(2);
  const invalid = (field: string) => ({ code: 'INVALID_COMMAND', details: { field } });

  const forged = { ...bundle, signedPrekey: { ...bundle.signedPrekey, key: b64(x25519.keygen().publicKey) } };
  await t.rejects(ask(forged), {
    code: 'INVALID_COMMAND',
    details: { field: 'signedPrekey.signature', reason: 'BAD_SIGNATURE' },
  });
  const otherSigner = ed25519.keygen();
  await t.rejects(ask({ ...bundle, identityKey: b64(otherSigner.publicKey) }), {
    code: 'INVALID_COMMAND',
    details: { reason: 'BAD_SIGNATURE' },
  });
  await t.rejects(ask({ ...bundle, identityKey: b64(new Uint8Array(32)) }), invalid('identityKey'));
  const lowOrder = new Uint8Array(32);
  await t.rejects(
    ask({
      ...bundle,
      signedPrekey: { id: 1, key: b64(lowOrder), signature: b64(ed25519.sign(lowOrder, identity.secretKey)) },
    }),
    invalid('signedPrekey.key'),
  );

  // Private key material is refused by name and by size.
  await t.rejects(ask({ ...bundle, identityPrivateKey: b64(identity.secretKey) }), {
    code: 'PRIVATE_KEY_REFUSED',
    details: { field: 'identityPrivateKey' },
  });
  await t.rejects(ask({ ...bundle, signedPrekey: { ...bundle.signedPrekey, secretKey: 'x' } }), {
    code: 'PRIVATE_KEY_REFUSED',
    details: { field: 'signedPrekey.secretKey' },
  });
  await t.rejects(ask({ ...bundle, oneTimePrekeys: [{ id: 1, key: bundle.oneTimePrekeys[0]!.key, d: 'x' }] }), {
    code: 'PRIVATE_KEY_REFUSED',
    details: { field: 'oneTimePrekeys[0].d' },
  });
  const expanded = b64(Buffer.concat([identity.secretKey, identity.publicKey]));
  await t.rejects(ask({ ...bundle, identityKey: expanded }), {
    code: 'PRIVATE_KEY_REFUSED',
    details: { field: 'identityKey' },
  });

  // Shapes and sizes.
  await t.rejects(ask({ ...bundle, extra: 1 }), invalid('extra'));
  await t.rejects(ask({ ...bundle, identityKey: 'not base64!' }), invalid('identityKey'));
  await t.rejects(ask({ ...bundle, identityKey: 'A'.repeat(5000) }), invalid('identityKey'));
  await t.rejects(ask({ ...bundle, signedPrekey: { ...bundle.signedPrekey, id: -1 } }), invalid('signedPrekey.id'));
  await t.rejects(
    ask({ ...bundle, signedPrekey: { ...bundle.signedPrekey, signature: 'AAAA' } }),
    invalid('signedPrekey.signature'),
  );
  await t.rejects(ask({ ...bundle, oneTimePrekeys: 'many' }), invalid('oneTimePrekeys'));
  await t.rejects(ask({ ...bundle, oneTimePrekeys: [{ id: 1, key: 'AAAA' }] }), invalid('oneTimePrekeys[0].key'));
  await t.rejects(
    ask({ ...bundle, oneTimePrekeys: [bundle.oneTimePrekeys[0], bundle.oneTimePrekeys[0]] }),
    invalid('oneTimePrekeys[1]'),
  );
  await t.rejects(ask(newClient(MAX_ONE_TIME_PREKEYS + 1).bundle), {
    code: 'INVALID_COMMAND',
    details: { field: 'oneTimePrekeys', limit: String(MAX_ONE_TIME_PREKEYS) },
  });
  await t.rejects(ask({ type: 'steal' }), { code: 'INVALID_COMMAND', message: /prekeys has no command "steal"/ });
  await t.rejects(solo.node.client.ask(prekeys, 'bob/phone', bundle), invalid('id'));
  t.match(await ask({ type: 'status' }), { published: false, oneTimePrekeys: 0 }, 'nothing refused was kept');
});
