/**
 * Second factors through the real gateway: an authenticator app (TOTP) enrolled, confirmed and
 * proven once per code; recovery codes used once each; failures locking the factor; the session's
 * assurance in every token; step-up refusals naming what would do; an external member admitted to
 * a project that asks for a second factor once the session proved one; nothing readable at rest.
 */
import t from 'tap';
import type { ApiClient } from '../../gateway/index.js';
import { startTestGateway, PASSWORD } from '../helpers/gateway.js';
import { refusal } from '../helpers/refusal.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { filesContaining } from '../helpers/grep-files.js';
import { enrolTotp, totpCode as codeAt } from '../helpers/step-up.js';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  assuranceLevel: number;
  factors: { kind: string; at: string | number }[];
  phishingResistant: boolean;
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

t.test('TOTP: enrolled, confirmed, each code once; recovery codes once each; the session steps up', async (t) => {
  await using gw = await startTestGateway();
  const user = await gw.signUpAndLogin('totp@example.org');
  const login = await gw.api.call<Tokens>('AuthService', 'Login', { email: 'totp@example.org', password: PASSWORD });
  t.equal(login.assuranceLevel, 1, 'a password login is AAL1');
  t.same(
    login.factors.map((factor) => factor.kind),
    ['password'],
  );
  t.match(claimsOf(login.accessToken), { acr: 'aal1', amr: ['password'] }, 'and its token says so');

  const removal = await refusal(user.api.call('FactorService', 'RemoveTotp', {}));
  t.match(removal, { code: 'PERMISSION_DENIED', reason: 'STEP_UP_REQUIRED', stepUp: 'level=2;max_age_s=900' });

  const enrolment = await user.api.call<{ secret: string; uri: string }>('FactorService', 'StartTotp', {});
  t.match(enrolment.uri, /^otpauth:\/\/totp\/Redoubt:totp%40example\.org\?.*secret=/, 'an otpauth URI for the app');
  t.match(enrolment.secret, /^[A-Z2-7]{32}$/, '160 bits, base32');
  t.match(await refusal(user.api.call('FactorService', 'VerifyTotp', { code: '123456' })), {
    reason: 'NO_TOTP',
  });
  const wrong = codeAt(enrolment.secret, Date.now() + 10 * 60_000);
  t.match(await refusal(user.api.call('FactorService', 'ConfirmTotp', { code: wrong })), {
    code: 'PERMISSION_DENIED',
    reason: 'CODE_INVALID',
  });
  const now = Date.now();
  const confirmed = await user.api.call<{ recoveryCodes: string[]; tokens: Tokens }>('FactorService', 'ConfirmTotp', {
    code: codeAt(enrolment.secret, now),
  });
  t.equal(confirmed.recoveryCodes.length, 10, 'ten recovery codes');
  for (const code of confirmed.recoveryCodes)
    t.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  t.equal(new Set(confirmed.recoveryCodes).size, 10, 'all different');
  t.equal(confirmed.tokens.assuranceLevel, 2, 'the enrolling session is AAL2 now');
  t.match(claimsOf(confirmed.tokens.accessToken), { acr: 'aal2', amr: ['password', 'totp'] });
  const strong = gw.api.withToken(confirmed.tokens.accessToken);

  t.match(
    await refusal(user.api.call('FactorService', 'VerifyTotp', { code: codeAt(enrolment.secret, now) })),
    { reason: 'CODE_REUSED' },
    'the code that confirmed it does not work again',
  );
  const next = await user.api.call<Tokens>('FactorService', 'VerifyTotp', {
    code: codeAt(enrolment.secret, now + 30_000),
  });
  t.equal(next.assuranceLevel, 2, "the next step's code steps the other session up");
  t.equal(next.refreshToken, '', 'a step-up leaves the refresh token as it was');
  t.match(
    await refusal(user.api.call('FactorService', 'VerifyTotp', { code: codeAt(enrolment.secret, now) })),
    { reason: 'CODE_REUSED' },
    'nor does an older one',
  );
  const refreshed = await gw.api.call<Tokens>('AuthService', 'Refresh', { refreshToken: user.refreshToken });
  t.equal(refreshed.assuranceLevel, 2, 'a refresh keeps the factors the session proved');

  // A new login starts at AAL1: a recovery code (typed loosely) steps it up, once.
  const again = await gw.api.call<Tokens>('AuthService', 'Login', { email: 'totp@example.org', password: PASSWORD });
  const fresh = gw.api.withToken(again.accessToken);
  const typed = confirmed.recoveryCodes[3]!.toLowerCase().replace(/-/g, ' ');
  const recovered = await fresh.call<Tokens>('FactorService', 'UseRecoveryCode', { code: typed });
  t.equal(recovered.assuranceLevel, 2);
  t.same(
    recovered.factors.map((factor) => factor.kind),
    ['password', 'recovery_code'],
  );
  t.match(await refusal(fresh.call('FactorService', 'UseRecoveryCode', { code: confirmed.recoveryCodes[3]! })), {
    reason: 'CODE_INVALID',
  });
  t.match(await refusal(fresh.call('FactorService', 'UseRecoveryCode', { code: 'not a code' })), {
    code: 'INVALID_ARGUMENT',
    field: 'code',
  });
  t.match(await strong.call('FactorService', 'ListFactors', {}), {
    totp: true,
    recoveryCodesLeft: 9,
    assuranceLevel: 2,
  });

  // Nothing of the secret or the codes is readable at rest.
  for (const needle of [enrolment.secret, confirmed.recoveryCodes[0]!, confirmed.recoveryCodes[0]!.replace(/-/g, '')]) {
    const { hits, scanned } = await filesContaining([gw.solo.dataDir], needle);
    t.same(hits, [], `not in any of ${scanned} files of the data dir`);
  }

  const regenerated = await strong.call<{ recoveryCodes: string[] }>('FactorService', 'RegenerateRecoveryCodes', {});
  t.equal(regenerated.recoveryCodes.length, 10);
  t.match(
    await refusal(fresh.call('FactorService', 'UseRecoveryCode', { code: confirmed.recoveryCodes[5]! })),
    {
      reason: 'CODE_INVALID',
    },
    'the earlier codes stopped working',
  );
  await strong.call('FactorService', 'RemoveTotp', {});
  t.match(await strong.call('FactorService', 'ListFactors', {}), { totp: false, recoveryCodesLeft: 0 });

  await t.rejects(gw.api.call('AuthService', 'Login', { email: 'totp@example.org', password: 'wrong password' }));
  const log = await securityLogOnce(strong, (events) => events.some((event) => event.action === 'login.failed'));
  const actions = log.map((event) => `${event.action}${event.factor ? ` ${event.factor}` : ''}`).reverse();
  t.same(
    actions,
    [
      'login password',
      'login password',
      'factor.failed totp',
      'factor.enrolled totp',
      'session.step_up totp',
      'factor.failed totp',
      'session.step_up totp',
      'factor.failed totp',
      'login password',
      'factor.used recovery_code',
      'session.step_up recovery_code',
      'factor.failed recovery_code',
      'factor.regenerated recovery_code',
      'factor.failed recovery_code',
      'factor.removed totp',
      'login.failed',
    ],
    "the account's security log tells all of it, oldest first here",
  );
  t.match(
    log.find((event) => event.action === 'factor.used'),
    { detail: '9 left' },
  );
  t.match(
    log.find((event) => event.action === 'login'),
    { device: /.*/, sessionId: /^ses_/ },
  );
});

/** The caller's security log once `done` holds (entries arrive right after the change's reply). */
async function securityLogOnce(
  api: ApiClient,
  done: (events: { action: string; factor: string; detail: string }[]) => boolean,
): Promise<{ action: string; factor: string; detail: string; device: string; sessionId: string }[]> {
  const until = Date.now() + 10_000;
  for (;;) {
    const { events } = await api.call<{
      events: { action: string; factor: string; detail: string; device: string; sessionId: string }[];
    }>('AccountService', 'ListSecurityEvents', {});
    if (done(events) || Date.now() > until) return events;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

t.test('wrong codes lock the factor for a while; a right code does not get through then', async (t) => {
  await using gw = await startTestGateway();
  const user = await gw.signUpAndLogin('locked@example.org');
  const { secret } = await user.api.call<{ secret: string }>('FactorService', 'StartTotp', {});
  await user.api.call('FactorService', 'ConfirmTotp', { code: codeAt(secret, Date.now()) });
  const wrong = codeAt(secret, Date.now() + 10 * 60_000);
  for (let i = 1; i <= 5; i++) {
    t.match(await refusal(user.api.call('FactorService', 'VerifyTotp', { code: wrong })), { reason: 'CODE_INVALID' });
  }
  const locked = await refusal(
    user.api.call('FactorService', 'VerifyTotp', { code: codeAt(secret, Date.now() + 30_000) }),
  );
  t.match(locked, { code: 'PERMISSION_DENIED', reason: 'LOCKED', message: /try again after/ });
});

t.test(
  'an external member gets into a project that asks for a second factor once the session proved one',
  async (t) => {
    await using gw = await startTestGateway();
    const fixture = await setUpRoles(gw);
    const { admin } = fixture.callers;
    const guest = fixture.accounts.guest;
    await admin.call('ProjectService', 'SetProjectPolicy', {
      orgId: 'acme',
      projectId: PROJECT,
      externalsNeedSecondFactor: true,
    });
    const kept = await refusal(guest.api.call('ProjectService', 'GetProject', { orgId: 'acme', projectId: PROJECT }));
    t.match(kept, { reason: 'SECOND_FACTOR_REQUIRED', stepUp: 'level=2' }, 'kept out at AAL1, told what would do');
    const { secret } = await guest.api.call<{ secret: string }>('FactorService', 'StartTotp', {});
    const { tokens } = await guest.api.call<{ tokens: Tokens }>('FactorService', 'ConfirmTotp', {
      code: codeAt(secret, Date.now()),
    });
    const stepped: ApiClient = gw.api.withToken(tokens.accessToken);
    t.match(await stepped.call('ProjectService', 'GetProject', { orgId: 'acme', projectId: PROJECT }), {
      name: 'Website',
    });
    t.match(
      await refusal(guest.api.call('ProjectService', 'GetProject', { orgId: 'acme', projectId: PROJECT })),
      { reason: 'SECOND_FACTOR_REQUIRED' },
      'the AAL1 token of the same session is still kept out',
    );
  },
);

t.test('a project policy asks each class of member for its own assurance', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const { admin } = fixture.callers;
  const { member, guest } = fixture.accounts;
  const web = { orgId: 'acme', projectId: PROJECT };
  const stepUp = async (who: typeof member): Promise<ApiClient> => (await enrolTotp(gw.api, who.api)).api;

  t.match(
    await refusal(admin.call('ProjectService', 'SetProjectPolicy', { ...web, assurance: { members: { level: 3 } } })),
    { code: 'INVALID_COMMAND', field: 'policy.assurance.members.level', message: /^INVALID_ARGUMENT: / },
  );
  const set = await admin.call('ProjectService', 'SetProjectPolicy', {
    ...web,
    externalsMayExport: true,
    assurance: { members: { level: 2 }, externals: { level: 2, phishingResistant: true } },
  });
  t.match(set, { assurance: { members: { level: 2 }, externals: { level: 2, phishingResistant: true } } });

  t.match(
    await refusal(member.api.call('ProjectService', 'GetProject', web)),
    { reason: 'SECOND_FACTOR_REQUIRED', stepUp: 'level=2' },
    'a member at AAL1 is asked for a second factor',
  );
  t.match(await admin.call('ProjectService', 'GetProject', web), { name: 'Website' }, 'admins are not asked');
  const strongMember = await stepUp(member);
  t.match(await strongMember.call('ProjectService', 'GetProject', web), { name: 'Website' }, 'at AAL2 it gets in');

  const strongGuest = await stepUp(guest);
  t.match(
    await refusal(strongGuest.call('ProjectService', 'GetProject', web)),
    { reason: 'STEP_UP_REQUIRED', stepUp: 'level=2;phishing_resistant=1', message: /phishing-resistant/ },
    'TOTP is not enough where externals must resist phishing',
  );

  await admin.call('ProjectService', 'SetProjectPolicy', { ...web, assurance: { members: { level: 2, maxAgeS: 1 } } });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  t.match(
    await refusal(strongMember.call('ProjectService', 'GetProject', web)),
    { reason: 'STEP_UP_REQUIRED', stepUp: 'level=2;max_age_s=1', message: /within the last 1 s/ },
    'a factor older than the policy allows asks for another proof',
  );
});
