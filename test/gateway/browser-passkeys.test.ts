/**
 * A real browser on the gateway: Debian's Chromium opens the sign-in page the gateway serves on its
 * TLS port, and a DevTools virtual authenticator plays the user's device. Passkey registration
 * after a password sign-in, passwordless sign-in (AAL2, phishing-resistant), an assertion without
 * user verification refused, a cloned authenticator (its counter going back) refused and logged,
 * and a page of another origin refused by the API.
 */
import t from 'tap';
import { startTestGateway, PASSWORD } from '../helpers/gateway.js';
import { addVirtualAuthenticator, leafCertificate, openChromium } from '../helpers/chromium.js';
import { refusal } from '../helpers/refusal.js';
import { enrolTotp, totpCode } from '../helpers/step-up.js';

/** In the page: a passwordless sign-in whose client asks the authenticator not to verify its user. */
const UNVERIFIED_LOGIN = `(async () => {
  const call = async (method, body) => {
    const response = await fetch('/redoubt.v1.' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'connect-protocol-version': '1' },
      body: JSON.stringify(body),
    });
    return { status: response.status, reason: response.headers.get('redoubt-reason'), body: await response.json() };
  };
  const started = (await call('PasskeyService/StartPasskeyLogin', {})).body;
  const options = JSON.parse(started.optionsJson);
  options.userVerification = 'discouraged';
  const credential = await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
  return call('PasskeyService/FinishPasskeyLogin', { credentialJson: JSON.stringify(credential.toJSON()) });
})()`;

t.test('passkeys in Chromium: register, sign in without a password, UV required, clones refused', async (t) => {
  await using gw = await startTestGateway();
  const port = gw.solo.node.grpcPort!;
  const origin = `https://localhost:${port}`;
  const user = await gw.signUpAndLogin('passkey@example.org');
  await using chrome = await openChromium(await leafCertificate(port, gw.ca));
  const { page, cdp } = chrome;
  const { authenticatorId } = await addVirtualAuthenticator(cdp);
  const status = () => page.locator('#status').textContent();

  await page.goto(`${origin}/`);
  t.equal(await page.title(), 'Sign in · Redoubt', 'the gateway serves the sign-in page on its gRPC port');
  await page.fill('#email', 'passkey@example.org');
  await page.fill('#password', PASSWORD);
  await page.click('#password-submit');
  await page.waitForSelector('#signed-in:not([hidden])');
  t.equal(await page.locator('#assurance').textContent(), 'AAL1', 'a password alone is AAL1');
  t.equal(await page.locator('#account-id').textContent(), user.accountId);

  await page.fill('#passkey-name', 'laptop');
  await page.click('#passkey-register');
  await page.locator('#status', { hasText: /^Passkey/ }).waitFor();
  t.equal(await status(), 'Passkey "laptop" added.');
  t.equal(await page.locator('#assurance').textContent(), 'AAL2, phishing-resistant', 'the passkey raised the session');
  t.match(await page.locator('#passkeys').textContent(), /laptop/);
  const listed = await user.api.call<{ passkeys: { id: string; name: string; deviceType: string }[] }>(
    'PasskeyService',
    'ListPasskeys',
    {},
  );
  t.equal(listed.passkeys.length, 1, 'the account holds it');
  t.equal(listed.passkeys[0]!.name, 'laptop');

  // Passwordless: a fresh page, the discoverable credential picks the account.
  await page.click('#sign-out');
  await page.waitForSelector('#sign-in:not([hidden])');
  await page.click('#passkey-sign-in');
  await page.waitForSelector('#signed-in:not([hidden])');
  t.equal(await status(), 'Signed in with a passkey.');
  t.equal(await page.locator('#assurance').textContent(), 'AAL2, phishing-resistant');
  t.equal(await page.locator('#factors').textContent(), 'webauthn');
  t.equal(await page.locator('#account-id').textContent(), user.accountId, 'the passkey found its account');

  // A client that asks the authenticator not to verify its user is refused by the gateway.
  const unverified = await page.evaluate(UNVERIFIED_LOGIN);
  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });
  t.match(unverified, { status: 401, reason: 'USER_NOT_VERIFIED' }, 'no user verification, no sign-in');

  // A cloned authenticator: the same key with its counter set back.
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  t.equal(credentials.length, 1);
  const credential = credentials[0]!;
  t.ok(credential.signCount > 0, 'the virtual key counts its signatures');
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  const clone = await addVirtualAuthenticator(cdp);
  await cdp.send('WebAuthn.addCredential', {
    authenticatorId: clone.authenticatorId,
    credential: { ...credential, signCount: 0 },
  });
  await page.click('#sign-out');
  await page.waitForSelector('#sign-in:not([hidden])');
  await page.click('#passkey-sign-in');
  await page.locator('#status.error').waitFor();
  t.match(await status(), /looks cloned.*COUNTER_REPLAYED/, 'the clone is refused');
  const log = await user.api.call<{ events: { action: string; factor: string }[] }>(
    'AccountService',
    'ListSecurityEvents',
    {},
  );
  t.ok(
    log.events.some((event) => event.action === 'factor.cloned' && event.factor === 'webauthn'),
    'and the account owner can read that it happened',
  );
});

t.test(
  'in the page: a TOTP code steps up; a passkey steps up a password session; adding or removing one needs AAL2',
  async (t) => {
    await using gw = await startTestGateway();
    const port = gw.solo.node.grpcPort!;
    const user = await gw.signUpAndLogin('stepper@example.org');
    const { secret, recoveryCodes } = await enrolTotp(gw.api, user.api);
    t.match(
      await refusal(user.api.call('PasskeyService', 'StartPasskeyRegistration', {})),
      {
        code: 'PERMISSION_DENIED',
        reason: 'STEP_UP_REQUIRED',
        stepUp: 'level=2;max_age_s=900',
      },
      'beside an authenticator app, a password alone cannot add a passkey',
    );

    await using chrome = await openChromium(await leafCertificate(port, gw.ca));
    const { page, cdp } = chrome;
    await addVirtualAuthenticator(cdp);
    const signInWithPassword = async () => {
      await page.fill('#email', 'stepper@example.org');
      await page.fill('#password', PASSWORD);
      await page.click('#password-submit');
      await page.waitForSelector('#signed-in:not([hidden])');
    };
    await page.goto(`https://localhost:${port}/sign-in`);
    await signInWithPassword();
    t.equal(await page.locator('#assurance').textContent(), 'AAL1');
    t.ok(await page.locator('#second-factor').isVisible(), 'the page offers a second factor');
    // The enrolment spent this step's code: the authenticator's next one.
    await page.fill('#code', totpCode(secret, Date.now() + 30_000));
    await page.click('#code-submit');
    await page.locator('#status', { hasText: 'Second factor proven.' }).waitFor();
    t.equal(await page.locator('#assurance').textContent(), 'AAL2', 'password and TOTP: AAL2, not phishing-resistant');
    t.notOk(await page.locator('#second-factor').isVisible());

    await page.click('#passkey-register');
    await page.locator('#status', { hasText: /^Passkey/ }).waitFor();
    t.equal(await page.locator('#status').textContent(), 'Passkey "This device" added.', 'at AAL2 it may');

    await page.click('#sign-out');
    await signInWithPassword();
    await page.click('#passkey-step-up');
    await page.locator('#status', { hasText: 'Second factor proven with a passkey.' }).waitFor();
    t.equal(await page.locator('#assurance').textContent(), 'AAL2, phishing-resistant');
    t.equal(await page.locator('#factors').textContent(), 'password, webauthn');

    const { passkeys } = await user.api.call<{ passkeys: { id: string }[] }>('PasskeyService', 'ListPasskeys', {});
    t.match(
      await refusal(user.api.call('PasskeyService', 'RemovePasskey', { id: passkeys[0]!.id })),
      {
        reason: 'STEP_UP_REQUIRED',
      },
      'removing one needs AAL2',
    );
    const stepped = await recoveredSession(gw, recoveryCodes[0]!);
    await stepped.call('PasskeyService', 'RemovePasskey', { id: passkeys[0]!.id });
    t.same((await stepped.call<{ passkeys: unknown[] }>('PasskeyService', 'ListPasskeys', {})).passkeys ?? [], []);
  },
);

/** A fresh password login stepped up with a recovery code (the authenticator's codes are spent). */
async function recoveredSession(gw: Awaited<ReturnType<typeof startTestGateway>>, code: string) {
  const login = await gw.api.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'stepper@example.org',
    password: PASSWORD,
  });
  const tokens = await gw.api
    .withToken(login.accessToken)
    .call<{ accessToken: string }>('FactorService', 'UseRecoveryCode', { code });
  return gw.api.withToken(tokens.accessToken);
}
