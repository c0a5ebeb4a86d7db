/**
 * The DNS kinds' pure functions: the org's settings (zones, rules, devices within their limits),
 * the claim indexes (no overlap between orgs), the leak report's days and the raw log's purge.
 */
import t from 'tap';
import { dnsLog, dnsNetworks, dnsReport, dnsSettings, dnsZones } from '../../../domain/dns/index.js';
import { accountIdOf, contextOf, invalid, rejected, step } from '../kind-harness.js';

const row = (subject: string, domain: string, queries = 1, blocked = 0) => ({
  subject,
  device: 'abcdefgh12345678',
  domain,
  category: 'tracker',
  queries,
  blocked,
});

t.test('the leak report counts by day, and says which logged days are past', async (t) => {
  const context = contextOf('dns-report', 'acme');
  let state = dnsReport.initialState('acme');
  const run = (payload: unknown) => step(dnsReport, state, payload, context);
  state = run({
    type: 'record',
    day: '2026-11-20',
    rows: [row('p-0123456789abcdef', 'tracker.example', 2, 2)],
    logged: true,
  }).state;
  state = run({
    type: 'record',
    day: '2026-11-21',
    rows: [row('p-0123456789abcdef', 'tracker.example', 1, 1)],
    logged: true,
  }).state;
  const later = run({ type: 'record', day: '2026-12-01', rows: [row('network', 'social.example')], logged: true });
  t.same(later.reply, { expired: ['2026-11-20', '2026-11-21'] }, 'the days with raw logs before the one recorded');
  state = later.state;
  t.same(run({ type: 'report', fromDay: '2026-11-20', toDay: '2026-11-30' }).reply, {
    rows: [row('p-0123456789abcdef', 'tracker.example', 3, 3)],
    loggedDays: ['2026-11-20', '2026-11-21', '2026-12-01'],
    overflow: 0,
  });
  t.same(
    (
      run({ type: 'report', fromDay: '2026-11-01', toDay: '2026-12-31', subjects: ['network'] }).reply as {
        rows: unknown[];
      }
    ).rows,
    [row('network', 'social.example')],
    'one subject only',
  );
  state = run({ type: 'logsPurged', days: ['2026-11-20', '2026-11-21'] }).state;
  t.same(state.loggedDays, ['2026-12-01']);
  t.same(
    state.days['2026-11-20'],
    { 'p-0123456789abcdef\tabcdefgh12345678\ttracker.example\ttracker': { queries: 2, blocked: 2 } },
    'aggregates stay',
  );
  t.throws(
    () =>
      dnsReport.parseCommand({
        type: 'record',
        day: '2026-12-01',
        rows: [{ ...row('acc_x', 'x.example') }],
        logged: false,
      }),
    invalid('rows[0]'),
  );
  t.throws(
    () => dnsReport.parseCommand({ type: 'report', fromDay: 'yesterday', toDay: '2026-12-01' }),
    invalid('fromDay'),
  );
});

t.test('a purged day of raw log is empty and stays so', async (t) => {
  const context = contextOf('dns-log', 'acme/2026-11-20');
  let state = dnsLog.initialState('acme/2026-11-20');
  const entry = {
    at: 1,
    subject: 'network',
    device: '',
    name: 'pixel.tracker.example',
    qtype: 'A',
    decision: 'blocked',
  };
  state = step(dnsLog, state, { type: 'append', entries: [entry] }, context).state;
  t.match(step(dnsLog, state, { type: 'read' }, context).reply, { entries: [entry], purged: false });
  const purged = step(dnsLog, state, { type: 'purge' }, context);
  t.same(purged.events, [{ type: 'purged' }]);
  t.ok(dnsLog.compactAfter?.includes('purged'), 'purging compacts the journal: the names leave the disks');
  t.same(
    step(dnsLog, purged.state, { type: 'append', entries: [entry] }, context).events,
    [],
    'a late entry of a purged day is dropped',
  );
  t.same(step(dnsLog, purged.state, { type: 'read' }, context).reply, { entries: [], dropped: 0, purged: true });
  t.throws(
    () => dnsLog.parseCommand({ type: 'append', entries: [{ ...entry, decision: 'whatever' }] }),
    invalid('entries[0]'),
  );
});

t.test('orgs cannot claim overlapping networks or zones', async (t) => {
  const networks = contextOf('dns-networks', 'all');
  let state = step(
    dnsNetworks,
    dnsNetworks.initialState('all'),
    { type: 'set', orgId: 'acme', items: ['10.1.0.0/16'] },
    networks,
  ).state;
  t.throws(
    () => step(dnsNetworks, state, { type: 'set', orgId: 'globex', items: ['10.1.2.0/24'] }, networks),
    rejected('NETWORK_TAKEN'),
  );
  t.throws(
    () => step(dnsNetworks, state, { type: 'set', orgId: 'globex', items: ['10.0.0.0/8'] }, networks),
    rejected('NETWORK_TAKEN'),
  );
  state = step(
    dnsNetworks,
    state,
    { type: 'set', orgId: 'globex', items: ['10.2.0.0/16', '2001:db8::/48'] },
    networks,
  ).state;
  t.same(step(dnsNetworks, state, { type: 'list' }, networks).reply, {
    orgs: [
      { orgId: 'acme', items: ['10.1.0.0/16'] },
      { orgId: 'globex', items: ['10.2.0.0/16', '2001:db8::/48'] },
    ],
  });
  t.throws(() => dnsNetworks.parseCommand({ type: 'set', orgId: 'acme', items: ['10.1.0.1/16'] }), invalid('items'));
  const zones = contextOf('dns-zones', 'all');
  const claimed = step(
    dnsZones,
    dnsZones.initialState('all'),
    { type: 'set', orgId: 'acme', items: ['acme.example'] },
    zones,
  ).state;
  t.throws(
    () => step(dnsZones, claimed, { type: 'set', orgId: 'globex', items: ['intranet.acme.example'] }, zones),
    rejected('ZONE_TAKEN'),
  );
  t.throws(
    () => dnsZones.parseCommand({ type: 'set', orgId: 'globex', items: ['example'] }),
    invalid('items'),
    'a TLD alone is no zone',
  );
  t.same(
    step(dnsZones, claimed, { type: 'set', orgId: 'globex', items: ['notacme.example'] }, zones).events.length,
    1,
    'a sibling is fine',
  );
});

t.test("an org's settings: zones and devices within their limits", async (t) => {
  const context = contextOf('dns-settings', 'acme');
  const initial = dnsSettings.initialState('acme');
  const zone = (records: unknown[]) => ({ type: 'setZone', zone: 'acme.example', records });
  t.same(
    step(dnsSettings, initial, zone([{ name: 'WWW.acme.example.', type: 'AAAA', value: '2001:DB8::0:1' }]), context)
      .state.zones,
    { 'acme.example': [{ name: 'www.acme.example', type: 'AAAA', ttl: 300, value: '2001:db8::1' }] },
    'names and addresses normalised',
  );
  t.throws(
    () => dnsSettings.parseCommand(zone([{ name: 'www.other.example', type: 'A', value: '192.0.2.1' }])),
    invalid('records[0].name'),
  );
  t.throws(
    () => dnsSettings.parseCommand(zone([{ name: 'www.acme.example', type: 'A', value: '300.1.1.1' }])),
    invalid('records[0].value'),
  );
  t.throws(
    () =>
      dnsSettings.parseCommand(
        zone([
          { name: 'www.acme.example', type: 'CNAME', value: 'acme.example' },
          { name: 'www.acme.example', type: 'TXT', value: 'hello' },
        ]),
      ),
    invalid('records[0]'),
    'a CNAME stands alone',
  );
  const device = (n: number, account = 'ada') => ({
    type: 'addDevice',
    deviceId: `device${String(n).padStart(4, '0')}`,
    device: { accountId: accountIdOf(account), name: `phone ${n}`, tokenId: String(n % 10).repeat(64), createdAt: 1 },
  });
  let state = initial;
  for (let n = 0; n < 50; n++) state = step(dnsSettings, state, device(n), context).state;
  t.throws(
    () => step(dnsSettings, state, device(50), context),
    rejected('TOO_MANY_DEVICES'),
    'fifty devices per account',
  );
  t.same(step(dnsSettings, state, device(3), context).events, [], 'a retried registration is a no-op');
  t.throws(
    () =>
      step(
        dnsSettings,
        state,
        { type: 'revokeDevice', deviceId: 'device0001', accountId: accountIdOf('bob') },
        context,
      ),
    { code: 'NOT_FOUND' },
    "another account's device is not found",
  );
});

t.test("an org's DNS groups: set whole, removed, named and bounded; a rule can target one", async (t) => {
  const context = contextOf('dns-settings', 'acme');
  const initial = dnsSettings.initialState('acme');
  const group = (name: string, accountIds: unknown) => ({ type: 'setGroup', group: name, accountIds });
  const set = step(
    dnsSettings,
    initial,
    group('kids', [accountIdOf('bob'), accountIdOf('ada'), accountIdOf('bob')]),
    context,
  );
  t.same(set.state.groups, { kids: [accountIdOf('ada'), accountIdOf('bob')] }, 'members deduplicated and sorted');
  t.same(step(dnsSettings, set.state, group('kids', null), context).state.groups, {}, 'removed');
  t.same(
    step(dnsSettings, initial, group('kids', null), context).events,
    [],
    'removing a group that is not is a no-op',
  );
  t.throws(() => dnsSettings.parseCommand(group('Kids', [])), invalid('group'));
  t.throws(() => dnsSettings.parseCommand(group('kids', ['not an account'])), invalid('accountIds[0]'));
  t.throws(() => dnsSettings.parseCommand(group('kids', 'ada')), invalid('accountIds'));
  let state = initial;
  for (let n = 0; n < 200; n++) state = step(dnsSettings, state, group(`g${n}`, []), context).state;
  t.throws(() => step(dnsSettings, state, group('one-more', []), context), rejected('TOO_MANY_GROUPS'));
  t.same(
    step(dnsSettings, initial, { type: 'setRule', target: 'group:kids', rule: { lists: ['ads'] } }, context).events,
    [{ type: 'ruleSet', target: 'group:kids', rule: { lists: ['ads'], schedules: [], block: [], allow: [] } }],
  );
  t.throws(() => dnsSettings.parseCommand({ type: 'setRule', target: 'group:Kids!', rule: {} }), invalid('target'));
  const before = { ...initial, groups: undefined };
  t.same(
    step(dnsSettings, before, group('kids', []), context).state.groups,
    { kids: [] },
    'settings made before groups take one',
  );
});
