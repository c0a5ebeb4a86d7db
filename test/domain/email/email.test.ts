/** The email kind's pure functions: the id of an address, its parser, its decisions and its fold. */
import { createHash, createSecretKey } from 'node:crypto';
import t from 'tap';
import { emailIdsOf, emailIndex, emailIndexId, legacyEmailIndexId } from '../../../domain/email/index.js';
import type { EmailState } from '../../../domain/email/index.js';
import { accountIdOf, contextOf, given, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const BOB = accountIdOf('bob');
const NAME_KEY = createSecretKey(Buffer.alloc(32, 7));
const ID = emailIndexId('ada@example.org', NAME_KEY);
const context = contextOf('email', ID);
const run = (state: EmailState, payload: unknown) => step(emailIndex, state, payload, context);

t.test('an address is indexed by a keyed hash of its trimmed, lower-cased form, never its bare SHA-256', async (t) => {
  const sha256 = createHash('sha256').update('ada@example.org').digest();
  t.equal(emailIndexId('  Ada@Example.ORG\n', NAME_KEY), ID, 'case and surrounding space do not matter');
  t.not(emailIndexId('ada@example.com', NAME_KEY), ID);
  t.not(emailIndexId('ada@example.org', createSecretKey(Buffer.alloc(32, 8))), ID, 'another key, another id');
  t.match(ID, /^[A-Za-z0-9_-]{43}$/, 'base64url of 32 bytes');
  for (const form of [sha256.toString('hex'), sha256.toString('base64url'), sha256.toString('base64')]) {
    t.not(ID, form, 'not a plain SHA-256 in any encoding');
  }
  t.equal(legacyEmailIndexId(' Ada@Example.org'), sha256.toString('hex'), 'the legacy id, looked up only on a miss');
  t.same(emailIdsOf('ada@example.org', NAME_KEY), { keyed: ID, legacy: sha256.toString('hex') });
});

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ type: 'claim' }, 'accountId'],
    [{ type: 'claim', accountId: 'ada@example.org' }, 'accountId'],
    [{ type: 'claim', accountId: `${ADA}x` }, 'accountId'],
    [{ type: 'release' }, 'type'],
    [undefined, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(() => emailIndex.parseCommand(payload), invalid(field), `${JSON.stringify(payload)} names ${field}`);
  }
  t.same(emailIndex.parseCommand({ type: 'claim', accountId: ADA, email: 'x' }), { type: 'claim', accountId: ADA });
  t.same(emailIndex.parseCommand({ type: 'lookup', accountId: ADA }), { type: 'lookup' });
});

t.test('lookup of an address nobody claimed answers NOT_FOUND', async (t) => {
  t.throws(() => run(emailIndex.initialState(ID), { type: 'lookup' }), notFound('account'));
});

t.test('claim gives the address to an account, which lookup then finds', async (t) => {
  const claimed = run(emailIndex.initialState(ID), { type: 'claim', accountId: ADA });
  t.same(claimed.events, [{ type: 'claimed', accountId: ADA, at: NOW }]);
  t.same(claimed.reply, { accountId: ADA });
  t.same(claimed.state, { accountId: ADA });
  t.same(run(claimed.state, { type: 'lookup' }), { events: [], reply: { accountId: ADA }, state: claimed.state });
});

t.test('claiming again for the same account changes nothing; for another account it is refused', async (t) => {
  const state = given(emailIndex, ID, [{ type: 'claim', accountId: ADA }]);
  t.same(run(state, { type: 'claim', accountId: ADA }), { events: [], reply: { accountId: ADA }, state });
  t.throws(() => run(state, { type: 'claim', accountId: BOB }), rejected('ALREADY_EXISTS'));
});
