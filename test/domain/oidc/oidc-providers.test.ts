/** An org's OIDC providers, in the kind's pure functions: no secret listed, a login state spent once. */
import t from 'tap';
import { oidcProviders } from '../../../domain/oidc/index.js';
import type { OidcProviderConfig } from '../../../domain/oidc/index.js';
import { contextOf, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const PROVIDER: OidcProviderConfig = {
  providerId: 'entra',
  displayName: 'Acme SSO',
  issuer: 'https://login.example.org/acme/v2.0',
  clientId: 'redoubt',
  clientSecret: 'client secret',
  caPem: '',
  acrValues: ['urn:mfa'],
  trustUpstreamMfa: false,
  mfaAcrValues: [],
  defaultRole: 'member',
};
const HASH = 'a'.repeat(64);

t.test('providers: set, listed without secrets, removed', async (t) => {
  const context = contextOf('oidc-providers', 'acme');
  const set = step(oidcProviders, oidcProviders.initialState('acme'), { type: 'set', provider: PROVIDER }, context);
  const listed = step(oidcProviders, set.state, { type: 'list' }, context).reply as { providers: object[] };
  t.same(listed.providers.length, 1);
  t.notOk('clientSecret' in listed.providers[0]!, 'no client secret in the list');
  t.same(step(oidcProviders, set.state, { type: 'connection', providerId: 'entra' }, context).reply, PROVIDER);
  const removed = step(oidcProviders, set.state, { type: 'remove', providerId: 'entra' }, context);
  t.throws(
    () => step(oidcProviders, removed.state, { type: 'connection', providerId: 'entra' }, context),
    notFound('oidc provider', 'entra'),
  );
  for (const [change, field] of [
    [{ issuer: 'http://login.example.org' }, 'issuer'],
    [{ providerId: 'Entra' }, 'providerId'],
    [{ acrValues: ['two words'] }, 'acrValues'],
    [{ defaultRole: 'owner' }, 'defaultRole'],
  ] as const) {
    t.throws(
      () => oidcProviders.parseCommand({ type: 'set', provider: { ...PROVIDER, ...change } }),
      invalid(field),
      field,
    );
  }
});

t.test('a login state is spent once, and not after it expired', async (t) => {
  const at = (offsetMs: number) => ({ ...contextOf('oidc-providers', 'acme'), now: NOW + offsetMs });
  const spend = (state: ReturnType<typeof oidcProviders.initialState>, hash: string, expiresAt: number, offsetMs = 0) =>
    step(oidcProviders, state, { type: 'spendState', hash, expiresAt }, at(offsetMs));
  const first = spend(oidcProviders.initialState('acme'), HASH, NOW + 600_000);
  t.same(first.reply, { ok: true });
  t.throws(() => spend(first.state, HASH, NOW + 600_000, 1000), rejected('STATE_REUSED'));
  t.throws(() => spend(first.state, 'b'.repeat(64), NOW - 1), rejected('STATE_EXPIRED'));
  const later = spend(first.state, 'c'.repeat(64), NOW + 1_300_000, 700_000);
  t.same(Object.keys(later.state.spent), ['c'.repeat(64)], 'expired hashes are forgotten as new ones come');
});
