/**
 * The gateway's one TLS port as browsers and web clients reach it: gRPC-Web and Connect (from
 * connect-node's own clients) through the same pipeline as native gRPC, refusals with the same
 * codes and `redoubt-*` reasons; the origin allow-list (a foreign page refused, an allowed one
 * answered with CORS); the sign-in page's security headers; native gRPC unaffected.
 */
import http2 from 'node:http2';
import t from 'tap';
import { Code, ConnectError, createClient } from '@connectrpc/connect';
import { createConnectTransport, createGrpcWebTransport } from '@connectrpc/connect-node';
import { loadApiSchema, webDescriptors } from '../../gateway/index.js';
import { startTestGateway, PASSWORD } from '../helpers/gateway.js';

/** A method of a connect client made from runtime descriptors (untyped). */
type Call = (request: object, options?: object) => Promise<Record<string, unknown>>;

/** One raw HTTP/2 request to the gateway; answers status, headers and body. */
async function request(
  port: number,
  ca: string,
  headers: http2.OutgoingHttpHeaders,
  body = '',
): Promise<{ status: number; headers: http2.IncomingHttpHeaders; body: string }> {
  const session = http2.connect(`https://localhost:${port}`, { ca });
  try {
    return await new Promise((resolve, reject) => {
      const bodyless = body === '';
      const stream = session.request(headers, { endStream: bodyless });
      let text = '';
      let answered: http2.IncomingHttpHeaders = {};
      stream.on('response', (received) => (answered = received));
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => resolve({ status: Number(answered[':status']), headers: answered, body: text }));
      stream.on('error', reject);
      if (!bodyless) stream.end(body);
    });
  } finally {
    session.close();
  }
}

t.test('gRPC-Web and Connect reach every method through the same pipeline', async (t) => {
  await using gw = await startTestGateway();
  const user = await gw.signUpAndLogin('web@example.org');
  const registry = webDescriptors(loadApiSchema(gw.protos));
  const auth = registry.getService('redoubt.v1.AuthService')!;
  const factorService = registry.getService('redoubt.v1.FactorService')!;
  const baseUrl = `https://localhost:${gw.solo.node.grpcPort!}`;
  const transports = {
    'gRPC-Web': createGrpcWebTransport({ baseUrl, httpVersion: '2', nodeOptions: { ca: gw.ca } }),
    Connect: createConnectTransport({ baseUrl, httpVersion: '2', nodeOptions: { ca: gw.ca } }),
  };
  for (const [protocol, transport] of Object.entries(transports)) {
    const client = createClient(auth, transport) as unknown as Record<string, Call>;
    const tokens = await client['login']!({ email: 'web@example.org', password: PASSWORD, device: protocol });
    t.equal(tokens['accountId'], user.accountId, `${protocol}: a login answers the account`);
    t.equal(tokens['assuranceLevel'], 1, `${protocol}: at AAL1`);

    const factors = createClient(factorService, transport) as unknown as Record<string, Call>;
    const headers = { authorization: `Bearer ${String(tokens['accessToken'])}` };
    const stepUp = await factors['removeTotp']!({}, { headers }).then(
      () => undefined,
      (error: unknown) => ConnectError.from(error),
    );
    t.equal(stepUp?.code, Code.PermissionDenied, `${protocol}: a step-up refusal is PERMISSION_DENIED`);
    t.equal(stepUp?.metadata.get('redoubt-reason'), 'STEP_UP_REQUIRED', `${protocol}: with its reason`);
    t.equal(stepUp?.metadata.get('redoubt-step-up'), 'level=2;max_age_s=900', `${protocol}: and what would do`);

    const anonymous = await factors['listFactors']!({}).then(
      () => undefined,
      (error: unknown) => ConnectError.from(error),
    );
    t.equal(anonymous?.code, Code.Unauthenticated, `${protocol}: no token, no call`);
    t.equal(anonymous?.metadata.get('redoubt-reason'), 'NO_TOKEN');

    const invalid = await factors['verifyTotp']!({ code: '12' }, { headers }).then(
      () => undefined,
      (error: unknown) => ConnectError.from(error),
    );
    t.equal(invalid?.code, Code.InvalidArgument, `${protocol}: the fields' rules hold`);
    t.equal(invalid?.metadata.get('redoubt-field'), 'code');
  }
  const viaGrpc = await gw.api.call<{ accountId: string }>('AuthService', 'Login', {
    email: 'web@example.org',
    password: PASSWORD,
  });
  t.equal(viaGrpc.accountId, user.accountId, 'native gRPC on the same port, unchanged');
});

t.test('pages of other origins are refused; allowed ones get CORS; the page sends its security headers', async (t) => {
  await using gw = await startTestGateway(['--web-origin', 'https://app.localhost']);
  const port = gw.solo.node.grpcPort!;
  const login = {
    ':method': 'POST',
    ':path': '/redoubt.v1.PasskeyService/StartPasskeyLogin',
    'content-type': 'application/json',
  };
  const foreign = await request(port, gw.ca, { ...login, origin: 'https://evil.example' }, '{}');
  t.equal(foreign.status, 403, 'a foreign origin is refused before the API');
  t.match(foreign.body, /may not call this gateway \(see --web-origin\)/);
  t.notOk(foreign.headers['access-control-allow-origin'], 'and gets no CORS grant');

  const allowed = await request(port, gw.ca, { ...login, origin: 'https://app.localhost' }, '{}');
  t.equal(allowed.status, 200, 'an allowed origin is answered');
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.localhost');
  t.match(allowed.headers['access-control-expose-headers'], /redoubt-reason/, 'and may read the reasons');
  t.match(JSON.parse(allowed.body), { optionsJson: /"rpId":"localhost"/ });

  const preflight = await request(port, gw.ca, {
    ':method': 'OPTIONS',
    ':path': '/redoubt.v1.AuthService/Login',
    origin: 'https://app.localhost',
    'access-control-request-method': 'POST',
  });
  t.equal(preflight.status, 204);
  t.match(preflight.headers['access-control-allow-headers'], /authorization/);

  const page = await request(port, gw.ca, { ':method': 'GET', ':path': '/' });
  t.equal(page.status, 200);
  t.match(page.headers['content-type'], /^text\/html/);
  t.match(page.headers['content-security-policy'], /script-src 'self'/, 'no inline or foreign scripts');
  t.match(page.headers['content-security-policy'], /frame-ancestors 'none'/, 'no framing (clickjacking)');
  t.equal(page.headers['x-content-type-options'], 'nosniff');
  t.match(page.body, /<script type="module" src="\/sign-in.js"><\/script>/);

  const missing = await request(port, gw.ca, { ':method': 'GET', ':path': '/etc/passwd' });
  t.equal(missing.status, 404, 'nothing else is served');
});
