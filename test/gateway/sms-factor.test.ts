/**
 * SMS as a restricted factor, through the real gateway and an HTTP webhook provider started here:
 * requests signed with the shared secret; a phone set only at AAL2 and beside an authenticator;
 * codes that work once; a session stepped up by SMS; projects that count SMS only where their
 * policy allows it; no SMS at all without a provider.
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { ApiClient } from '../../gateway/index.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';
import { refusal } from '../helpers/refusal.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { filesContaining } from '../helpers/grep-files.js';
import { enrolTotp } from '../helpers/step-up.js';

const SECRET = 'webhook secret shared with the provider';

interface Sent {
  readonly to: string;
  readonly text: string;
  readonly signedRight: boolean;
}

/** An SMS provider on loopback: records what it is asked to send, and whether the signature held. */
async function smsProvider(): Promise<{ url: string; sent: Sent[]; server: Server }> {
  const sent: Sent[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const timestamp = String(req.headers['x-redoubt-timestamp']);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
      const { to, text } = JSON.parse(body) as { to: string; text: string };
      sent.push({ to, text, signedRight: req.headers['x-redoubt-signature'] === expected });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/sms`, sent, server };
}

const lastCode = (sent: Sent[]) => /code: (\d{6})/.exec(sent.at(-1)!.text)![1]!;

t.test('a phone beside an authenticator; SMS codes once each; SMS counts where a project allows it', async (t) => {
  const provider = await smsProvider();
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-sms-'));
  t.teardown(async () => {
    provider.server.close();
    await rm(dir, { recursive: true, force: true });
  });
  const secretFile = join(dir, 'sms-secret');
  await writeFile(secretFile, `${SECRET}\n`, { mode: 0o600 });
  await using gw = await startTestGateway(['--sms-webhook', provider.url, '--sms-webhook-secret-file', secretFile]);
  const fixture = await setUpRoles(gw);
  const member = fixture.accounts.member;
  const web = { orgId: 'acme', projectId: PROJECT };

  t.match(
    await refusal(member.api.call('FactorService', 'SetPhone', { number: '+33612345678' })),
    {
      reason: 'STEP_UP_REQUIRED',
    },
    'setting a phone needs AAL2',
  );
  const strong = (await enrolTotp(gw.api, member.api)).api;
  t.match(await refusal(strong.call('FactorService', 'SetPhone', { number: '0612345678' })), {
    code: 'INVALID_ARGUMENT',
    field: 'number',
  });
  t.same(await strong.call('FactorService', 'SetPhone', { number: '+33612345678' }), { phone: '+33•••••••78' });
  t.equal(provider.sent.length, 1);
  t.match(provider.sent[0], { to: '+33612345678', signedRight: true }, 'the provider got a signed request');
  t.match(await refusal(strong.call('FactorService', 'ConfirmPhone', { code: '000000' })), {
    reason: 'CODE_INVALID',
  });
  await strong.call('FactorService', 'ConfirmPhone', { code: lastCode(provider.sent) });
  t.match(await strong.call('FactorService', 'ListFactors', {}), { phone: '+33•••••••78' });
  for (const form of ['+33612345678', '33612345678']) {
    const { hits, scanned } = await filesContaining([gw.solo.dataDir], form);
    t.same(hits, [], `the phone number is in none of the ${scanned} files of the data dir`);
  }

  // A new login, stepped up by SMS.
  const login = await gw.api.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'member@example.org',
    password: PASSWORD,
  });
  const fresh = gw.api.withToken(login.accessToken);
  await fresh.call('FactorService', 'SendSmsCode', {});
  const code = lastCode(provider.sent);
  const stepped = await fresh.call<{ assuranceLevel: number; accessToken: string; phishingResistant: boolean }>(
    'FactorService',
    'VerifySms',
    { code },
  );
  t.match(stepped, { assuranceLevel: 2, phishingResistant: false }, 'password and SMS: AAL2, never phishing-resistant');
  t.match(await refusal(fresh.call('FactorService', 'VerifySms', { code })), { reason: 'CODE_INVALID' }, 'once only');
  const bySms: ApiClient = gw.api.withToken(stepped.accessToken);

  await fixture.callers.admin.call('ProjectService', 'SetProjectPolicy', {
    ...web,
    assurance: { members: { level: 2 } },
  });
  t.match(
    await refusal(bySms.call('ProjectService', 'GetProject', web)),
    { reason: 'SECOND_FACTOR_REQUIRED' },
    'SMS does not count where the project does not allow it',
  );
  await fixture.callers.admin.call('ProjectService', 'SetProjectPolicy', {
    ...web,
    assurance: { members: { level: 2 } },
    smsAllowed: true,
  });
  t.match(await bySms.call('ProjectService', 'GetProject', web), { name: 'Website', smsAllowed: true });

  t.match(
    await fixture.callers.admin.call('ProjectService', 'CreateProject', {
      orgId: 'acme',
      projectId: 'plain',
      name: 'P',
    }),
    { smsAllowed: false },
    'off by default',
  );
  t.match(
    await fixture.callers.admin.call('OrgService', 'UpdateOrgSettings', { orgId: 'acme', smsAllowedByDefault: true }),
    { smsAllowedByDefault: true },
  );
  t.match(
    await fixture.callers.admin.call('ProjectService', 'CreateProject', {
      orgId: 'acme',
      projectId: 'field',
      name: 'F',
    }),
    { smsAllowed: true },
    "an org can make it its projects' default",
  );

  await strong.call('FactorService', 'RemoveTotp', {});
  t.match(
    await strong.call('FactorService', 'ListFactors', {}),
    { totp: false, phone: '' },
    'the phone goes with the authenticator it was allowed beside',
  );
  t.match(await refusal(fresh.call('FactorService', 'SendSmsCode', {})), { reason: 'NO_PHONE' });
  t.notOk(
    provider.sent.some((sms) => !sms.signedRight),
    'every request was signed with the shared secret',
  );
});

t.test('without an SMS provider, SMS is off', async (t) => {
  await using gw = await startTestGateway();
  const user = await gw.signUpAndLogin('nosms@example.org');
  t.match(await refusal(user.api.call('FactorService', 'SendSmsCode', {})), {
    code: 'COMMAND_REJECTED',
    reason: 'SMS_OFF',
  });
});
