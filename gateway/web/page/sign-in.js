// The sign-in page: password, passkey, an org's OpenID provider (a redirect there and back to
// /oidc/callback), TOTP or recovery code, step-up, passkey registration.
// It speaks the Connect protocol (JSON over HTTP) to the gateway that serves it, through the same
// pipeline as every other client. Tokens stay in this page's memory: closing it signs out here.

const $ = (id) => document.getElementById(id);
let session;

/** Calls `Service/Method` (e.g. "AuthService/Login"); a refusal throws with its code and reason. */
async function call(method, body = {}) {
  const headers = { 'content-type': 'application/json', 'connect-protocol-version': '1' };
  if (session !== undefined) headers.authorization = `Bearer ${session.accessToken}`;
  const response = await fetch(`/redoubt.v1.${method}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(answer.message || `${method} failed (${response.status})`);
    error.code = answer.code;
    error.reason = response.headers.get('redoubt-reason') ?? '';
    error.stepUp = response.headers.get('redoubt-step-up') ?? '';
    throw error;
  }
  return answer;
}

function say(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

/** Runs an action of the page, telling the user how it went. */
function action(work) {
  return async (event) => {
    event?.preventDefault();
    try {
      await work();
    } catch (error) {
      say(error.reason ? `${error.message} (${error.reason})` : error.message, true);
    }
  };
}

async function signedIn(tokens) {
  session = tokens;
  const level = tokens.assuranceLevel ?? 0;
  $('sign-in').hidden = true;
  $('signed-in').hidden = false;
  $('second-factor').hidden = level >= 2;
  $('account-id').textContent = tokens.accountId;
  $('assurance').textContent = `AAL${level}${tokens.phishingResistant ? ', phishing-resistant' : ''}`;
  $('factors').textContent = (tokens.factors ?? []).map((factor) => factor.kind).join(', ');
  await listPasskeys();
}

async function listPasskeys() {
  const { passkeys = [] } = await call('PasskeyService/ListPasskeys');
  const list = $('passkeys');
  list.replaceChildren(
    ...passkeys.map((passkey) => {
      const item = document.createElement('li');
      item.textContent = `${passkey.name} (${passkey.deviceType === 'multiDevice' ? 'synced' : 'this device only'})`;
      return item;
    }),
  );
}

/** Asks the browser for an assertion with the gateway's options; answers its JSON. */
async function assertion(options) {
  const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(JSON.parse(options.optionsJson));
  const credential = await navigator.credentials.get({ publicKey });
  return JSON.stringify(credential.toJSON());
}

$('password-form').addEventListener(
  'submit',
  action(async () => {
    say('Signing in…');
    const tokens = await call('AuthService/Login', {
      email: $('email').value,
      password: $('password').value,
      device: navigator.userAgent.slice(0, 100),
    });
    await signedIn(tokens);
    say('Signed in.');
  }),
);

$('passkey-sign-in').addEventListener(
  'click',
  action(async () => {
    say('Waiting for your passkey…');
    const credentialJson = await assertion(await call('PasskeyService/StartPasskeyLogin'));
    await signedIn(await call('PasskeyService/FinishPasskeyLogin', { credentialJson, device: 'browser' }));
    say('Signed in with a passkey.');
  }),
);

$('code-form').addEventListener(
  'submit',
  action(async () => {
    const code = $('code').value.trim();
    const tokens = /^[0-9]{6}$/.test(code)
      ? await call('FactorService/VerifyTotp', { code })
      : await call('FactorService/UseRecoveryCode', { code });
    $('code').value = '';
    await signedIn(tokens);
    say('Second factor proven.');
  }),
);

$('passkey-step-up').addEventListener(
  'click',
  action(async () => {
    say('Waiting for your passkey…');
    const credentialJson = await assertion(await call('PasskeyService/StartPasskeyStepUp'));
    await signedIn(await call('PasskeyService/FinishPasskeyStepUp', { credentialJson }));
    say('Second factor proven with a passkey.');
  }),
);

$('passkey-form').addEventListener(
  'submit',
  action(async () => {
    const started = await call('PasskeyService/StartPasskeyRegistration');
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(JSON.parse(started.optionsJson));
    say('Creating a passkey…');
    const credential = await navigator.credentials.create({ publicKey });
    const registered = await call('PasskeyService/FinishPasskeyRegistration', {
      credentialJson: JSON.stringify(credential.toJSON()),
      name: $('passkey-name').value,
    });
    await signedIn({ ...session, ...registered.tokens });
    say(`Passkey "${registered.passkey.name}" added.`);
  }),
);

const OIDC_STATE = 'redoubt.oidc.loginState';

$('sso-form').addEventListener(
  'submit',
  action(async () => {
    const orgId = $('sso-org').value.trim();
    const { providers = [] } = await call('OidcService/ListSignInProviders', { orgId });
    if (providers.length === 0) throw new Error(`${orgId} signs in with no provider here`);
    $('sso-providers').replaceChildren(
      ...providers.map((provider) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'sso-provider';
        button.textContent = `Continue with ${provider.displayName}`;
        button.addEventListener(
          'click',
          action(async () => {
            const started = await call('OidcService/StartOidcLogin', {
              orgId,
              providerId: provider.providerId,
              redirectUri: `${location.origin}/oidc/callback`,
            });
            // The sealed state comes back with the browser; only this tab keeps it.
            sessionStorage.setItem(OIDC_STATE, started.loginState);
            say(`Going to ${provider.displayName}…`);
            location.assign(started.authorizationUrl);
          }),
        );
        return button;
      }),
    );
  }),
);

/** Back from the provider: finish its sign-in, and take the code out of the address bar. */
async function finishOidc() {
  const loginState = sessionStorage.getItem(OIDC_STATE);
  sessionStorage.removeItem(OIDC_STATE);
  const callbackUrl = location.href;
  history.replaceState(null, '', '/');
  if (loginState === null) throw new Error('this sign-in was not started in this tab: start again');
  say('Finishing the sign-in…');
  await signedIn(await call('OidcService/FinishOidcLogin', { loginState, callbackUrl, device: 'browser' }));
  say('Signed in through your organisation.');
}

if (location.pathname === '/oidc/callback') void action(finishOidc)();

$('sign-out').addEventListener(
  'click',
  action(async () => {
    await call('AuthService/Logout');
    session = undefined;
    $('signed-in').hidden = true;
    $('second-factor').hidden = true;
    $('sign-in').hidden = false;
    say('Signed out.');
  }),
);
