import t from 'tap';
import { accountHome, orgHome } from '../../registry/index.js';
import { filesContaining } from '../helpers/grep-files.js';
import { startTestStandalone } from '../helpers/standalone.js';

t.test(
  'an org is pinned by its first assignment, moved only from the region it is in, and survives a restart',
  async (t) => {
    await using solo = await startTestStandalone();
    const ask = (id: string, command: unknown) => solo.node.client.ask(orgHome, id, command as never);

    await t.rejects(ask('acme', { type: 'lookup' }), { code: 'NOT_FOUND', details: { org: 'acme' } });
    t.match(await ask('acme', { type: 'assign', region: 'is-1' }), {
      org: 'acme',
      region: 'is-1',
      moves: 0,
      changed: true,
    });
    t.match(
      await ask('acme', { type: 'assign', region: 'is-1' }),
      { region: 'is-1', changed: false },
      'repeating is a no-op',
    );
    await t.rejects(ask('acme', { type: 'assign', region: 'de-1' }), {
      code: 'COMMAND_REJECTED',
      details: { reason: 'ORG_PINNED' },
      message: /pinned to region is-1/,
    });
    await t.rejects(ask('acme', { type: 'move', region: 'de-1', from: 'fr-1' }), {
      code: 'COMMAND_REJECTED',
      details: { reason: 'REGION_MISMATCH' },
      message: /is in region is-1, not fr-1/,
    });
    t.match(await ask('acme', { type: 'move', region: 'de-1', from: 'is-1' }), {
      region: 'de-1',
      moves: 1,
      changed: true,
    });
    // A second operator who still believes it is in is-1 loses the race.
    await t.rejects(ask('acme', { type: 'move', region: 'fr-1', from: 'is-1' }), {
      code: 'COMMAND_REJECTED',
      details: { reason: 'REGION_MISMATCH' },
    });
    await t.rejects(ask('globex', { type: 'move', region: 'de-1', from: 'is-1' }), { code: 'NOT_FOUND' });
    await ask('globex', { type: 'assign', region: 'zz-sealed-at-rest' });

    await solo.node.close();
    t.same((await filesContaining([solo.dataDir], 'zz-sealed-at-rest')).hits, [], 'the directory is sealed at rest');
    const restarted = await solo.restart();
    t.match(await restarted.client.ask(orgHome, 'acme', { type: 'lookup' }), {
      region: 'de-1',
      moves: 1,
      changed: false,
    });
    t.match(await restarted.client.ask(orgHome, 'globex', { type: 'lookup' }), {
      region: 'zz-sealed-at-rest',
      moves: 0,
    });
  },
);

t.test('org-home commands and ids are validated', async (t) => {
  await using solo = await startTestStandalone();
  const ask = (id: string, command: unknown) => solo.node.client.ask(orgHome, id, command as never);
  const invalid = (field: string) => ({ code: 'INVALID_COMMAND', details: { field } });

  await t.rejects(ask('acme', { type: 'assign' }), invalid('region'));
  await t.rejects(ask('acme', { type: 'assign', region: 'Iceland' }), invalid('region'));
  await t.rejects(ask('acme', { type: 'assign', region: 'is 1' }), invalid('region'));
  await t.rejects(ask('acme', { type: 'assign', region: 'x'.repeat(40) }), invalid('region'));
  await t.rejects(ask('acme', { type: 'assign', region: 7 }), invalid('region'));
  await t.rejects(ask('acme', { type: 'move', region: 'de-1' }), invalid('from'));
  await t.rejects(ask('acme', { type: 'teleport' }), {
    code: 'INVALID_COMMAND',
    message: /org-home has no command "teleport"/,
  });
  await t.rejects(ask('Acme', { type: 'assign', region: 'is-1' }), invalid('id'));
  await t.rejects(ask('~registry', { type: 'lookup' }), invalid('id'));
  await t.rejects(ask('acme/web', { type: 'lookup' }), invalid('id'));
  await t.rejects(
    ask('acme', { type: 'lookup' }),
    { code: 'NOT_FOUND' },
    'nothing was assigned by the refused commands',
  );
});

t.test('an account is pinned to its home the same way; its entry names the account', async (t) => {
  await using solo = await startTestStandalone();
  const account = `acc_${'A'.repeat(22)}`;
  const ask = (id: string, command: unknown) => solo.node.client.ask(accountHome, id, command as never);
  await t.rejects(ask(account, { type: 'lookup' }), { code: 'NOT_FOUND', details: { account } });
  t.match(await ask(account, { type: 'assign', region: 'eu' }), { account, region: 'eu', changed: true });
  t.match(await ask(account, { type: 'lookup' }), { account, region: 'eu', changed: false });
  await t.rejects(ask(account, { type: 'assign', region: 'us' }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'ACCOUNT_PINNED' },
    message: /account "acc_A+" is pinned to region eu/,
  });
  await t.rejects(ask('acme', { type: 'assign', region: 'eu' }), { code: 'INVALID_COMMAND', details: { field: 'id' } });
});
