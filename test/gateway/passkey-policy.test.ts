/**
 * An org's passkey policy by authenticator model (AAGUID), through the gateway with a software
 * authenticator (sim/bench/soft-authenticator.ts): a denied model refused at registration, an allow
 * list refusing every other model (one that names none included), accounts of no such org
 * unaffected, the policy in the org's audit trail; and a registered software passkey signing in
 * without a password.
 */
import t from 'tap';
import { SoftAuthenticator } from '../../sim/bench/soft-authenticator.js';
import type { ApiClient } from '../../gateway/index.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';
import { refusal } from '../helpers/refusal.js';
import { enrolTotp } from '../helpers/step-up.js';

const YUBIKEY = 'ee882879-721c-4913-9775-3dfcce97072a';
const CLONE_FARM = 'de1e552d-db1d-4423-a619-566b625cdc84';

/** Registers a passkey of `authenticator` for the account of `api`. @returns the access token it raised */
async function register(api: ApiClient, authenticator: SoftAuthenticator): Promise<string> {
  const { optionsJson } = await api.call<{ optionsJson: string }>('PasskeyService', 'StartPasskeyRegistration', {});
  const registered = await api.call<{ tokens: { accessToken: string } }>(
    'PasskeyService',
    'FinishPasskeyRegistration',
    {
      credentialJson: authenticator.register(optionsJson),
      name: 'Key',
    },
  );
  return registered.tokens.accessToken;
}

t.test('an org allows and denies passkeys by authenticator model', async (t) => {
  await using gw = await startTestGateway();
  const origin = `https://localhost:${gw.address.split(':')[1]}`;
  const fixture = await setUpRoles(gw);
  const { orgId } = fixture;
  const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;

  t.match(
    await refusal(
      fixture.callers.admin.call('PasskeyService', 'SetPasskeyPolicy', { orgId, deniedAaguids: [CLONE_FARM] }),
    ),
    { reason: 'STEP_UP_REQUIRED' },
  );
  t.match(
    await refusal(admin.call('PasskeyService', 'SetPasskeyPolicy', { orgId, deniedAaguids: ['not-an-aaguid'] })),
    { code: 'INVALID_ARGUMENT', field: 'denied_aaguids[0]' },
  );
  const set = await admin.call('PasskeyService', 'SetPasskeyPolicy', {
    orgId,
    deniedAaguids: [CLONE_FARM.toUpperCase()],
  });
  t.same(set, { allowedAaguids: [], deniedAaguids: [CLONE_FARM] });
  t.same(await admin.call('PasskeyService', 'GetPasskeyPolicy', { orgId }), set);

  t.match(
    await refusal(register(fixture.callers.member, new SoftAuthenticator(origin, CLONE_FARM))),
    { code: 'PERMISSION_DENIED', reason: 'AUTHENTICATOR_NOT_ALLOWED', message: new RegExp(`org ${orgId}`) },
    'a denied model is refused to a member',
  );
  t.ok(await register(fixture.accounts.outsider.api, new SoftAuthenticator(origin, CLONE_FARM)), 'not to others');

  await admin.call('PasskeyService', 'SetPasskeyPolicy', { orgId, allowedAaguids: [YUBIKEY] });
  t.match(
    await refusal(register(fixture.callers.member, new SoftAuthenticator(origin))),
    { reason: 'AUTHENTICATOR_NOT_ALLOWED' },
    'an allow list refuses a passkey that names no model',
  );
  const yubikey = new SoftAuthenticator(origin, YUBIKEY);
  t.ok(await register(fixture.callers.member, yubikey), 'an allowed model registers');

  const { optionsJson } = await gw.api.call<{ optionsJson: string }>('PasskeyService', 'StartPasskeyLogin', {});
  const signedIn = await gw.api.call<{ accountId: string; assuranceLevel: number; phishingResistant: boolean }>(
    'PasskeyService',
    'FinishPasskeyLogin',
    { credentialJson: yubikey.assert(optionsJson) },
  );
  t.match(signedIn, { accountId: fixture.accounts.member.accountId, assuranceLevel: 2, phishingResistant: true });

  const records = await auditTrailOnce<{ seq: number; action: string }>(
    admin,
    orgId,
    (rows) => rows.filter((row) => row.action === 'org.passkeys.policy').length >= 2,
  );
  t.equal(records.filter((row) => row.action === 'org.passkeys.policy').length, 2, 'each policy change is audited');
});
