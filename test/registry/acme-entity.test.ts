/** The registry's `acme` entity refuses malformed commands, keeps one account, and expires challenges. */
import t from 'tap';
import { newTransportKeyPair, openFromSender, acme, acmeSealContext } from '../../registry/index.js';
import type { AcmeAccountReply, HttpChallengeReply } from '../../registry/index.js';
import { generateKeyPairSync } from 'node:crypto';
import { randomKeyring, tempStore, testNode } from '../helpers/runtime-parts.js';

const TOKEN = 'tok_0123456789abcdef';
const THUMB = 'A'.repeat(43);

t.test('the acme entity checks every field and seals keys to the asker', async (t) => {
  await using store = await tempStore();
  const node = testNode({ ...store, keyring: randomKeyring(), kinds: [acme] });
  const ask = (command: object) => node.client.ask(acme, 'default', command as never);
  const pair = newTransportKeyPair();
  const recipient = Buffer.from(pair.publicKey).toString('base64');
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  const directoryUrl = 'https://acme.example.org/directory';

  const refused: [string, object, string][] = [
    ['http directory', { type: 'account', directoryUrl: 'http://acme.example.org/dir', recipient }, 'directoryUrl'],
    ['short recipient', { type: 'account', directoryUrl, recipient: 'AAAA' }, 'recipient'],
    ['not a key', { type: 'saveAccount', directoryUrl, url: `${directoryUrl}/acct/1`, key: 'nope' }, 'key'],
    ['wildcard', { type: 'certificate', names: ['*.example.org'], recipient }, 'name'],
    ['repeated name', { type: 'certificate', names: ['a.example.org', 'a.example.org'], recipient }, 'names'],
    ['no names', { type: 'certificate', names: [], recipient }, 'names'],
    ['bad token', { type: 'putHttpChallenge', token: '../x', keyAuthorization: `x.${THUMB}`, ttlMs: 60_000 }, 'token'],
    [
      'foreign key authorization',
      { type: 'putHttpChallenge', token: TOKEN, keyAuthorization: `other_token_0123456.${THUMB}`, ttlMs: 60_000 },
      'keyAuthorization',
    ],
    [
      'ttl too long',
      { type: 'putHttpChallenge', token: TOKEN, keyAuthorization: `${TOKEN}.${THUMB}`, ttlMs: 86_400_000 },
      'ttlMs',
    ],
    ['drop nothing', { type: 'dropChallenge' }, 'token'],
    ['unknown', { type: 'revokeEverything' }, 'type'],
  ];
  for (const [what, command, field] of refused) {
    await t.rejects(ask(command), { code: 'INVALID_COMMAND', details: { field } }, what);
  }

  t.same(await ask({ type: 'account', directoryUrl, recipient }), { account: null }, 'no account yet');
  await ask({ type: 'saveAccount', directoryUrl, url: `${directoryUrl}/acct/1`, key });
  await ask({ type: 'saveAccount', directoryUrl, url: `${directoryUrl}/acct/1`, key });
  await t.rejects(ask({ type: 'saveAccount', directoryUrl, url: `${directoryUrl}/acct/2`, key }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'ACCOUNT_EXISTS' },
  });
  const { account } = (await ask({ type: 'account', directoryUrl, recipient })) as AcmeAccountReply;
  t.equal(account?.url, `${directoryUrl}/acct/1`);
  t.notOk(account!.sealedKey.includes('PRIVATE'), 'the key travels sealed');
  const opened = new TextDecoder().decode(
    openFromSender(pair, Buffer.from(account!.sealedKey, 'base64'), acmeSealContext('default')),
  );
  t.equal(opened, key, 'and opens only with the asker’s key');
  t.throws(() =>
    openFromSender(newTransportKeyPair(), Buffer.from(account!.sealedKey, 'base64'), acmeSealContext('default')),
  );

  await ask({ type: 'putHttpChallenge', token: TOKEN, keyAuthorization: `${TOKEN}.${THUMB}`, ttlMs: 60_000 });
  t.same(await ask({ type: 'httpChallenge', token: TOKEN }), { keyAuthorization: `${TOKEN}.${THUMB}` });
  await ask({ type: 'dropChallenge', token: TOKEN });
  const dropped = (await ask({ type: 'httpChallenge', token: TOKEN })) as HttpChallengeReply;
  t.equal(dropped.keyAuthorization, null, 'a dropped challenge is answered no more');
});
