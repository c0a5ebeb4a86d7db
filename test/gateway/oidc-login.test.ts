/**
 * Signing in with an org's OpenID provider (oidc-provider in the test process, over HTTPS with a CA
 * of its own): the provider set at AAL2 (refused when its discovery document does not load), a
 * first sign-in making the account with the provider's role, the next finding it by issuer and
 * subject; the callback usable once; state and PKCE tampering refused; the acr the org asks for
 * checked; upstream MFA a second factor only where the org trusts it; an address that has an
 * account never joined by address, linked only by its signed-in owner; the client secret nowhere
 * on disk.
 */
import t from 'tap';
import { leafCertificate, openChromium } from '../helpers/chromium.js';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { filesContaining } from '../helpers/grep-files.js';
import { ACR_MFA, ACR_PASSWORD, startOidcPeer } from '../helpers/oidc-peer.js';
import { refusal } from '../helpers/refusal.js';
import { enrolTotp } from '../helpers/step-up.js';

interface Tokens {
  accountId: string;
  accessToken: string;
  refreshToken: string;
  assuranceLevel: number;
  factors: { kind: string }[];
}

interface Start {
  authorizationUrl: string;
  loginState: string;
}

t.test('OIDC: set a provider, sign in, refusals, acr, upstream MFA, linking', async (t) => {
  await using gw = await startTestGateway();
  const port = Number(gw.address.split(':')[1]);
  const redirectUri = `https://localhost:${port}/oidc/callback`;
  await using peer = await startOidcPeer([redirectUri]);
  const fixture = await setUpRoles(gw);
  const { orgId } = fixture;
  const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
  const provider = {
    orgId,
    providerId: 'sso',
    displayName: 'Acme SSO',
    issuer: peer.issuer,
    clientId: peer.clientId,
    clientSecret: peer.clientSecret,
    caPem: peer.ca,
    defaultRole: 'ROLE_MEMBER',
  };

  t.match(
    await refusal(fixture.callers.admin.call('OidcService', 'SetOidcProvider', provider)),
    { reason: 'STEP_UP_REQUIRED' },
    'setting a provider needs AAL2',
  );
  t.match(
    await refusal(admin.call('OidcService', 'SetOidcProvider', { ...provider, caPem: '' })),
    { code: 'UNAVAILABLE', message: /discovery document .* did not load/ },
    'a provider whose certificate does not verify is refused now',
  );
  const set = await admin.call<Record<string, unknown>>('OidcService', 'SetOidcProvider', provider);
  t.match(set, { providerId: 'sso', issuer: peer.issuer, defaultRole: 'ROLE_MEMBER' });
  t.notOk('clientSecret' in set, 'the client secret is never answered');
  t.same(await gw.api.call('OidcService', 'ListSignInProviders', { orgId }), {
    providers: [{ providerId: 'sso', displayName: 'Acme SSO' }],
  });

  const start = (extra: object = {}, api = gw.api) =>
    api.call<Start>('OidcService', 'StartOidcLogin', { orgId, providerId: 'sso', redirectUri, ...extra });
  const finish = (started: Start, callbackUrl: string, api = gw.api) =>
    api.call<Tokens>('OidcService', 'FinishOidcLogin', { loginState: started.loginState, callbackUrl, device: 'test' });
  const signIn = async (sub: string, acr = ACR_PASSWORD, amr = ['pwd']) => {
    peer.signIn({ sub, acr, amr });
    const started = await start();
    return finish(started, await peer.follow(started.authorizationUrl, redirectUri));
  };

  peer.person({ sub: 'ada-1', email: 'ada@acme.test', name: 'Ada Lovelace' });
  const started = await start();
  const authorization = new URL(started.authorizationUrl);
  t.equal(authorization.searchParams.get('code_challenge_method'), 'S256', 'PKCE');
  t.ok(authorization.searchParams.get('state') && authorization.searchParams.get('nonce'), 'state and nonce');
  t.notOk(started.loginState.includes(authorization.searchParams.get('state')!), 'the login state is sealed');
  peer.signIn({ sub: 'ada-1' });
  const callback = await peer.follow(started.authorizationUrl, redirectUri);
  const ada = await finish(started, callback);
  t.equal(ada.assuranceLevel, 1);
  t.same(
    ada.factors.map((factor) => factor.kind),
    ['oidc'],
  );
  const me = await gw.api
    .withToken(ada.accessToken)
    .call<{ email: string; displayName: string }>('AccountService', 'GetMe', {});
  t.match(me, { email: 'ada@acme.test', displayName: 'Ada Lovelace' });
  const members = await admin.call<{ members: { accountId: string; role: string }[] }>('OrgService', 'ListMembers', {
    orgId,
  });
  t.match(
    members.members.find((member) => member.accountId === ada.accountId),
    { role: 'ROLE_MEMBER' },
  );
  t.match(
    await refusal(finish(started, callback)),
    { code: 'UNAUTHENTICATED', reason: 'STATE_REUSED' },
    'a callback works once',
  );
  t.equal((await signIn('ada-1')).accountId, ada.accountId, 'the next sign-in finds the account by its subject');
  t.match(
    await refusal(gw.api.call('AuthService', 'Login', { email: 'ada@acme.test', password: 'anything at all' })),
    { code: 'UNAUTHENTICATED' },
    'an account the provider made never signs in by Redoubt password',
  );

  // Tampering: the login state, the state parameter, another sign-in's code (PKCE).
  peer.signIn({ sub: 'ada-1' });
  const first = await start();
  const firstCallback = await peer.follow(first.authorizationUrl, redirectUri);
  const tampered = first.loginState.slice(0, -2) + (first.loginState.endsWith('A') ? 'BB' : 'AA');
  t.match(await refusal(finish({ ...first, loginState: tampered }, firstCallback)), { reason: 'BAD_LOGIN_STATE' });
  const second = await start();
  t.match(
    await refusal(finish(second, firstCallback)),
    { code: 'UNAUTHENTICATED', reason: 'STATE_MISMATCH' },
    "another sign-in's callback is refused by its state",
  );
  const third = await start();
  const injected = new URL(firstCallback);
  injected.searchParams.set('state', new URL(third.authorizationUrl).searchParams.get('state')!);
  t.match(
    await refusal(finish(third, injected.toString())),
    { code: 'UNAUTHENTICATED', reason: 'CODE_REFUSED' },
    'a code injected into another sign-in fails PKCE at the provider',
  );
  // The browser changes the nonce on its way to the provider: the ID token then carries another.
  peer.signIn({ sub: 'ada-1' });
  const fourth = await start();
  const renonced = new URL(fourth.authorizationUrl);
  renonced.searchParams.set('nonce', 'chosen-by-the-attacker');
  t.match(
    await refusal(finish(fourth, await peer.follow(renonced.toString(), redirectUri))),
    { code: 'UNAUTHENTICATED', reason: 'ID_TOKEN_INVALID' },
    'an ID token with another nonce is refused',
  );
  t.match(
    await refusal(finish(first, firstCallback.replace(`localhost:${port}`, 'localhost:1'))),
    { reason: 'STATE_MISMATCH' },
    'a callback elsewhere than the redirect URI is refused',
  );
  t.match(await refusal(start({ redirectUri: 'https://evil.example/oidc/callback' })), {
    code: 'INVALID_ARGUMENT',
    reason: 'REDIRECT_NOT_ALLOWED',
  });

  // acr: the org asks for MFA at the provider.
  await admin.call('OidcService', 'SetOidcProvider', { ...provider, acrValues: [ACR_MFA] });
  peer.signIn({ sub: 'ada-1', acr: ACR_MFA });
  const asked = await start();
  t.equal(new URL(asked.authorizationUrl).searchParams.get('acr_values'), ACR_MFA, 'acr_values is sent');
  t.match(
    await refusal(signIn('ada-1', ACR_PASSWORD)),
    { code: 'UNAUTHENTICATED', reason: 'ACR_NOT_MET' },
    'a sign-in below the acr the org asks for is refused',
  );
  const untrusted = await signIn('ada-1', ACR_MFA, ['pwd', 'otp', 'mfa']);
  t.equal(untrusted.assuranceLevel, 1, "the provider's MFA is not a second factor unless the org trusts it");
  await admin.call('OidcService', 'SetOidcProvider', {
    ...provider,
    acrValues: [ACR_MFA],
    trustUpstreamMfa: true,
    mfaAcrValues: [ACR_MFA],
  });
  const trusted = await signIn('ada-1', ACR_MFA, ['pwd', 'otp', 'mfa']);
  t.equal(trusted.assuranceLevel, 2, 'trusted upstream MFA makes AAL2');
  t.same(trusted.factors.map((factor) => factor.kind).sort(), ['oidc', 'oidc_mfa']);
  await admin.call('OidcService', 'SetOidcProvider', provider);

  // An address with an account already: never joined by address; linked by its owner, signed in.
  const bob = await gw.signUpAndLogin('bob@acme.test');
  peer.person({ sub: 'bob-1', email: 'bob@acme.test', name: 'Bob' });
  t.match(
    await refusal(signIn('bob-1')),
    { code: 'PERMISSION_DENIED', reason: 'EMAIL_TAKEN' },
    'not linked by address alone',
  );
  peer.signIn({ sub: 'bob-1' });
  const linking = await start({ link: true }, bob.api);
  const linkCallback = await peer.follow(linking.authorizationUrl, redirectUri);
  t.match(
    await refusal(finish(linking, linkCallback)),
    { code: 'PERMISSION_DENIED', reason: 'LINK_NEEDS_SIGN_IN' },
    'finishing a link needs the account signed in',
  );
  peer.signIn({ sub: 'bob-1' });
  const linking2 = await start({ link: true }, bob.api);
  const linked = await finish(linking2, await peer.follow(linking2.authorizationUrl, redirectUri), bob.api);
  t.equal(linked.accountId, bob.accountId, 'linked by its owner');
  t.equal((await signIn('bob-1')).accountId, bob.accountId, 'then the provider signs bob in');
  t.match(await refusal(start({ link: true })), { code: 'UNAUTHENTICATED', reason: 'LINK_NEEDS_SIGN_IN' });

  peer.person({ sub: 'eve-1', email: 'eve@acme.test', emailVerified: false });
  t.match(await refusal(signIn('eve-1')), { code: 'PERMISSION_DENIED', reason: 'EMAIL_UNVERIFIED' });

  // The org's audit trail: the provider set, each sign-in by the account it signed in, the link.
  const records = await auditTrailOnce<{ seq: number; action: string; accountId: string }>(admin, orgId, (rows) =>
    rows.some((row) => row.action === 'auth.oidc.link'),
  );
  t.ok(records.some((row) => row.action === 'org.oidc.set'));
  t.ok(
    records.some((row) => row.action === 'auth.login.oidc' && row.accountId === ada.accountId),
    "a sign-in's record names the account",
  );
  t.ok(records.some((row) => row.action === 'auth.oidc.link' && row.accountId === bob.accountId));

  const { hits, scanned } = await filesContaining([gw.solo.dataDir], peer.clientSecret);
  t.ok(scanned > 0);
  t.same(hits, [], 'the client secret is in no file of the data dir');

  // One provider serving a second org: the same person is the same account, now a member there too.
  await fixture.accounts.superadmin.api.call('OrgService', 'CreateOrg', {
    orgId: 'globex',
    name: 'Globex',
    homeRegion: 'local',
    adminAccountId: fixture.accounts.admin.accountId,
  });
  await admin.call('OidcService', 'SetOidcProvider', { ...provider, orgId: 'globex', defaultRole: 'ROLE_GUEST' });
  peer.signIn({ sub: 'ada-1' });
  const viaGlobex = await gw.api.call<Start>('OidcService', 'StartOidcLogin', {
    orgId: 'globex',
    providerId: 'sso',
    redirectUri,
  });
  const adaAgain = await finish(viaGlobex, await peer.follow(viaGlobex.authorizationUrl, redirectUri));
  t.equal(adaAgain.accountId, ada.accountId, 'one person through one provider is one account in every org');
  const globexMembers = await admin.call<{ members: { accountId: string; role: string }[] }>(
    'OrgService',
    'ListMembers',
    { orgId: 'globex' },
  );
  t.match(
    globexMembers.members.find((member) => member.accountId === ada.accountId),
    { role: 'ROLE_GUEST' },
  );

  await admin.call('OidcService', 'RemoveOidcProvider', { orgId, providerId: 'sso' });
  t.match(await refusal(start()), { code: 'UNAUTHENTICATED', reason: 'NO_PROVIDER' });
});

t.test(
  "in Chromium: the sign-in page sends the browser to the org's provider and finishes when it comes back",
  async (t) => {
    await using gw = await startTestGateway();
    const port = Number(gw.address.split(':')[1]);
    const origin = `https://localhost:${port}`;
    await using peer = await startOidcPeer([`${origin}/oidc/callback`]);
    const fixture = await setUpRoles(gw);
    const { orgId } = fixture;
    const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
    await admin.call('OidcService', 'SetOidcProvider', {
      orgId,
      providerId: 'sso',
      displayName: 'Acme SSO',
      issuer: peer.issuer,
      clientId: peer.clientId,
      clientSecret: peer.clientSecret,
      caPem: peer.ca,
      defaultRole: 'ROLE_GUEST',
    });
    peer.person({ sub: 'grace-1', email: 'grace@acme.test', name: 'Grace Hopper' });
    peer.signIn({ sub: 'grace-1' });

    await using chrome = await openChromium(await leafCertificate(port, gw.ca), peer.certificate);
    const { page } = chrome;
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(new URL(frame.url()).origin);
    });
    await page.goto(`${origin}/`);
    await page.fill('#sso-org', orgId);
    await page.click('#sso-find');
    await page.click('.sso-provider');
    await page.waitForSelector('#signed-in:not([hidden])', { timeout: 60_000 });
    t.match(peer.authorizationAgents, [/HeadlessChrome/], 'the browser itself went to the provider');
    t.equal(await page.locator('#factors').textContent(), 'oidc');
    t.equal(await page.locator('#status').textContent(), 'Signed in through your organisation.');
    t.equal(new URL(page.url()).pathname, '/', 'the code is gone from the address bar');
    const accountId = await page.locator('#account-id').textContent();
    const members = await admin.call<{ members: { accountId: string; role: string }[] }>('OrgService', 'ListMembers', {
      orgId,
    });
    t.match(
      members.members.find((member) => member.accountId === accountId),
      { role: 'ROLE_GUEST' },
    );
  },
);
