// The sign-in page: password, passkey, TOTP or recovery code, step-up, passkey registration.
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
