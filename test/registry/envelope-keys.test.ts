/**
 * The envelope keys and the guard of data entities, from the entity's pure decisions up: keys per
 * epoch made and dropped as time passes, handed over sealed to the asking process only, and a
 * guard that admits exactly the envelopes vouched for with them, unaltered.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import t from 'tap';
import { SYSTEM_CALLER } from '../../actors/index.js';
import type { Caller, EntityContext, GuardedRequest } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import {
  encodeCredential,
  ENVELOPE_EPOCH_MS,
  ENVELOPE_KEYS_ID,
  EnvelopeKeyring,
  envelopeGuard,
  envelopeKeys,
  envelopeSigner,
  epochAt,
} from '../../registry/index.js';
import type { EnvelopeKeysCommand, EnvelopeKeysReply } from '../../registry/index.js';

type State = ReturnType<typeof envelopeKeys.initialState>;

function context(now: number): EntityContext {
  return {
    entity: `envelope-keys/${ENVELOPE_KEYS_ID}` as EntityContext['entity'],
    id: ENVELOPE_KEYS_ID,
    caller: SYSTEM_CALLER,
    now,
    nextSeq: 1,
    random: (n) => Uint8Array.from(randomBytes(n)),
  };
}

/** The entity itself, run in memory: what a registry node does with each fetch. */
function registryAt(clock: { now: number }) {
  let state: State = envelopeKeys.initialState(ENVELOPE_KEYS_ID);
  const events: { type: string }[] = [];
  const ask = async (command: EnvelopeKeysCommand) => {
    const decision = envelopeKeys.decide(state, envelopeKeys.parseCommand(command), context(clock.now));
    for (const event of decision.events) {
      state = envelopeKeys.evolve(state, event);
      events.push(event);
    }
    return decision.reply as EnvelopeKeysReply;
  };
  return { ask, events, state: () => state };
}

t.test('a fetch makes the keys of the epochs around now, and drops older ones as time passes', async (t) => {
  const clock = { now: Date.now() };
  const registry = registryAt(clock);
  const epoch = epochAt(clock.now);
  const keyring = new EnvelopeKeyring(async (command) => (await registry.ask(command)) as never);
  t.teardown(() => keyring.close());
  await keyring.load();
  t.same(Object.keys(registry.state().keys).map(Number).sort(), [epoch - 1, epoch, epoch + 1]);
  t.equal(keyring.signingKey(clock.now).epoch, epoch, 'signs with the current epoch');
  t.same(
    registry.events.map((event) => event.type),
    ['keysMade', 'nameKeyMade'],
    'the first fetch makes the keys and the platform name key',
  );
  const nameKey = keyring.nameKey().export();
  await keyring.load();
  t.equal(registry.events.length, 2, 'a second fetch in the same epoch makes nothing new');

  clock.now += 3 * ENVELOPE_EPOCH_MS;
  await registry.ask({ type: 'fetch', recipient: Buffer.from(randomBytes(32)).toString('base64') });
  t.same(
    Object.keys(registry.state().keys).map(Number).sort(),
    [epoch + 2, epoch + 3, epoch + 4],
    'three epochs later only the keys around the new now remain',
  );
  t.match(registry.events.at(-1), { type: 'keysDropped', epochs: [epoch - 1, epoch, epoch + 1] });
  await keyring.load();
  t.ok(keyring.nameKey().export().equals(nameKey), 'the name key never rotates (ids keyed with it stay valid)');
  t.ok(envelopeKeys.compactAfter?.includes('keysDropped'), 'a dropped key is erased from the journal with its history');
});

t.test('the keys travel sealed to the asking process only', async (t) => {
  const registry = registryAt({ now: Date.now() });
  const stolen: string[] = [];
  const keyring = new EnvelopeKeyring(async (command) => {
    const reply = (await registry.ask(command)) as { sealed: string };
    stolen.push(reply.sealed);
    return reply as never;
  });
  t.teardown(() => keyring.close());
  await keyring.load();
  const plain = [...Object.values(registry.state().keys), registry.state().nameKey];
  for (const key of plain) {
    t.notOk(stolen[0]!.includes(key), 'no key is readable in the reply');
  }
  // Another process replaying the reply to its own key pair opens nothing.
  const other = new EnvelopeKeyring(async () => ({ epoch: 0, epochMs: 0, sealed: stolen[0]! }) as never);
  await t.rejects(other.load(), { code: 'SEAL_OPEN_FAILED' }, 'a reply sealed to another key pair does not open');
  other.close();
  t.throws(() => other.signingKey(), { code: 'UNAVAILABLE' }, 'a keyring without keys vouches for nothing');
});

t.test('the guard admits exactly the envelopes vouched for, unaltered', async (t) => {
  const clock = { now: Date.now() };
  const registry = registryAt(clock);
  const keyring = new EnvelopeKeyring(async (command) => (await registry.ask(command)) as never);
  t.teardown(() => keyring.close());
  await keyring.load();
  const sign = envelopeSigner(keyring, () => true);
  const guard = envelopeGuard(keyring);
  const caller: Caller = { ...SYSTEM_CALLER, origin: 'api', accountId: 'acc_alice', sessionId: 'ses_1' };
  const command = { type: 'append', amount: 1 };
  const base = {
    kind: ledger.kind,
    id: 'books',
    method: 'append',
    payload: new TextEncoder().encode(JSON.stringify(command)),
    requestId: randomUUID(),
    deadline: Date.now() + 5000,
    caller,
    definition: ledger,
    command: () => command,
  };
  const credential = sign(base)!;
  await guard({ ...base, credential });
  t.pass('the envelope as signed is admitted');

  const refused = async (request: GuardedRequest, reason: string, what: string) =>
    t.rejects(
      Promise.resolve().then(() => guard(request)),
      { code: 'PERMISSION_DENIED', details: { reason } },
      what,
    );
  await refused({ ...base, credential, caller: { ...caller, accountId: 'acc_mallory' } }, 'BAD_MAC', 'account altered');
  await refused({ ...base, credential, caller: { ...caller, superadmin: true } }, 'BAD_MAC', 'superadmin claimed');
  await refused({ ...base, credential, caller: { ...caller, origin: 'operator' } }, 'BAD_MAC', 'origin altered');
  await refused({ ...base, credential, caller: { ...caller, orgId: 'other' } }, 'BAD_MAC', 'org altered');
  await refused(
    { ...base, credential, caller: { ...caller, assuranceLevel: 2, factorAt: Date.now() } },
    'BAD_MAC',
    'a stronger sign-in claimed',
  );
  await refused(
    { ...base, credential, payload: new TextEncoder().encode('{"type":"append","amount":1000}') },
    'BAD_MAC',
    'payload altered',
  );
  await refused({ ...base, credential, id: 'other-books' }, 'BAD_MAC', 'target altered');
  await refused({ ...base, credential, deadline: base.deadline + 60_000 }, 'BAD_MAC', 'deadline extended');
  await refused({ ...base, credential, requestId: randomUUID() }, 'BAD_MAC', 'request id changed');
  await refused({ ...base, credential: new Uint8Array() }, 'NO_CREDENTIAL', 'no credential');
  await refused({ ...base, credential: credential.subarray(0, 20) }, 'MALFORMED_CREDENTIAL', 'a truncated credential');
  await refused(
    { ...base, credential: new TextEncoder().encode('{"t":"envelope","e":1,"mac":"AAAA"}') },
    'MALFORMED_CREDENTIAL',
    'an envelope credential is binary only',
  );
  const forged = new EnvelopeKeyring(async () => {
    throw new Error('unused');
  });
  const mac = (epoch: number) => encodeCredential({ t: 'envelope', e: epoch, mac: randomBytes(32) });
  await refused({ ...base, credential: mac(epochAt(Date.now())) }, 'BAD_MAC', 'a MAC under a key of its own');
  await refused({ ...base, credential: mac(epochAt(Date.now()) - 5) }, 'UNKNOWN_EPOCH', 'a stale epoch');
  await refused(
    { ...base, credential: new TextEncoder().encode('{"t":"node","cert":"AAAA","sig":"AAAA"}') },
    'NOT_AN_ENVELOPE_CREDENTIAL',
    "a node certificate's signature alone does not reach data entities",
  );
  forged.close();

  // The next epoch's key is there before it starts: a node whose clock runs ahead is understood.
  const now = Date.now();
  t.equal(keyring.signingKey(now + ENVELOPE_EPOCH_MS).epoch, epochAt(now) + 1, 'a clock ahead signs with the next key');
  t.ok(await keyring.verifyingKey(epochAt(now) + 1, now), 'and that key verifies now');
  t.equal(await keyring.verifyingKey(epochAt(now) + 2, now), undefined, 'two epochs ahead is refused');
});
