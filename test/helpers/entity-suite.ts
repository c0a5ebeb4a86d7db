/**
 * Behaviour every deployment must show, run against the embedded default and against a real
 * cluster: the same entity tests on both.
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'tap';
import { ledger } from '../../domain/index.js';
import type { EntityClient } from '../../actors/index.js';

export async function entitySuite(t: Test, client: EntityClient, prefix: string): Promise<void> {
  await t.test('appends fold into state and reads see them', async (t) => {
    const ref = client.ref(ledger, `${prefix}-fold`);
    const first = await ref.ask({ type: 'append', amount: 5, note: 'first' });
    t.same(first, { seq: 1, count: 1, total: 5 });
    const second = await ref.ask({ type: 'append', amount: -2 });
    t.same(second, { seq: 2, count: 2, total: 3 });
    t.same(await ref.ask({ type: 'read' }), { count: 2, total: 3, lastNote: 'first' });
  });

  await t.test('a retried request id is applied once and gets the first reply again', async (t) => {
    const ref = client.ref(ledger, `${prefix}-dedup`);
    const requestId = randomUUID();
    const a = await ref.ask({ type: 'append', amount: 7 }, { requestId });
    const b = await ref.ask({ type: 'append', amount: 7 }, { requestId });
    t.same(b, a);
    t.same(await ref.ask({ type: 'read' }), { count: 1, total: 7, lastNote: null });
  });

  await t.test('entities are independent and concurrent commands to one entity serialise', async (t) => {
    const ref = client.ref(ledger, `${prefix}-concurrent`);
    const replies = await Promise.all(Array.from({ length: 50 }, () => ref.ask({ type: 'append', amount: 1 })));
    t.same(
      replies.map((r) => ('seq' in r ? r.seq : 0)).sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i + 1),
      'every append got its own sequence number',
    );
    t.same(await client.ask(ledger, `${prefix}-other`, { type: 'read' }), { count: 0, total: 0, lastNote: null });
  });

  await t.test(
    'an invalid command is refused with INVALID_COMMAND naming the field, and changes nothing',
    async (t) => {
      const ref = client.ref(ledger, `${prefix}-invalid`);
      await ref.ask({ type: 'append', amount: 1 });
      await t.rejects(ref.ask({ type: 'append', amount: 1.5 }), {
        code: 'INVALID_COMMAND',
        details: { field: 'amount' },
      });
      await t.rejects(ref.ask({ type: 'append', amount: 1, note: 'x'.repeat(2000) }), {
        code: 'INVALID_COMMAND',
        details: { field: 'note' },
      });
      t.same(await ref.ask({ type: 'read' }), { count: 1, total: 1, lastNote: null });
    },
  );

  await t.test('an invalid entity id is refused before it is sent', async (t) => {
    await t.rejects(client.ask(ledger, '../etc', { type: 'read' }), { code: 'INVALID_ENTITY_ID' });
    await t.rejects(client.ask(ledger, 'a b', { type: 'read' }), { code: 'INVALID_ENTITY_ID' });
  });
}
