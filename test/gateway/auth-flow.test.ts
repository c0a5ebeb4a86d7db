/** The whole login life of an account through the real gateway: TLS 1.3, gRPC, the mail outbox. */
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';

t.test('sign up, verify by mail, log in, read own account, refresh, log out', async (t) => {
  await using gw = await startTestGateway();
  const alice = await gw.signUpAndLogin('Alice@Example.org');
  t.match(alice.accountId, /^acc_[A-Za-z0-9_-]{22}$/);
  const me = await alice.api.call('AccountService', 'GetMe', {});
  t.match(me, { accountId: alice.accountId, email: 'alice@example.org', emailVerified: true, superadmin: false });
  const refreshed = await gw.api.call<{ accessToken: string; refreshToken: string }>('AuthService', 'Refresh', {
    refreshToken: alice.refreshToken,
  });
  t.not(refreshed.refreshToken, alice.refreshToken, 'the refresh token rotates');
  await alice.api.call('AuthService', 'Logout', {});
  await t.rejects(gw.api.call('AuthService', 'Refresh', { refreshToken: refreshed.refreshToken }), {
    code: 'UNAUTHENTICATED',
    reason: 'SESSION_REVOKED',
  });
});

t.test(
  'password change ends other sessions; a mailed reset token sets a new password; revoke-all ends all',
  async (t) => {
    await using gw = await startTestGateway();
    const { PASSWORD } = await import('../helpers/gateway.js');
    const first = await gw.signUpAndLogin('carol@example.org');
    const login = (password: string) =>
      gw.api.call<{ accessToken: string; refreshToken: string }>('AuthService', 'Login', {
        email: 'carol@example.org',
        password,
      });
    const second = await login(PASSWORD);
    const changed = `${PASSWORD} changed`;
    await first.api.call('AuthService', 'ChangePassword', { currentPassword: PASSWORD, newPassword: changed });
    await t.rejects(
      gw.api.call('AuthService', 'Refresh', { refreshToken: second.refreshToken }),
      {
        code: 'UNAUTHENTICATED',
        reason: 'SESSION_REVOKED',
      },
      'the other session is ended',
    );
    t.ok(
      await gw.api.call('AuthService', 'Refresh', { refreshToken: first.refreshToken }),
      'the changing session goes on',
    );
    await t.rejects(
      login(PASSWORD),
      { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' },
      'the old password is refused',
    );

    await gw.api.call('AuthService', 'RequestPasswordReset', { email: 'carol@example.org' });
    await gw.api.call('AuthService', 'RequestPasswordReset', { email: 'nobody@example.org' });
    const mails = (await gw.outbox.read()).filter((mail) => mail.subject.startsWith('Reset'));
    t.equal(mails.length, 1, 'one reset mail, to the address that has an account (the answers were the same)');
    const token = /Reset token: (\S+)/.exec(mails[0]!.text)![1]!;
    const reset = `${PASSWORD} reset`;
    await gw.api.call('AuthService', 'ResetPassword', { accountId: first.accountId, token, newPassword: reset });
    await t.rejects(
      gw.api.call('AuthService', 'ResetPassword', { accountId: first.accountId, token, newPassword: `${reset} again` }),
      { code: 'COMMAND_REJECTED', reason: 'TOKEN_INVALID' },
      'a reset token works once',
    );
    const afterReset = await login(reset);
    t.ok(afterReset.accessToken, 'the new password logs in');
    const third = await login(reset);
    const revoked = await gw.api
      .withToken(afterReset.accessToken)
      .call<{ revoked: number }>('AuthService', 'RevokeAll', {});
    t.equal(revoked.revoked, 2, 'revoke-all ends both sessions');
    await t.rejects(gw.api.call('AuthService', 'Refresh', { refreshToken: third.refreshToken }), {
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
  },
);

t.test('login refuses unverified addresses, wrong passwords, and locks after ten failures', async (t) => {
  await using gw = await startTestGateway();
  const { PASSWORD } = await import('../helpers/gateway.js');
  await gw.api.call('AuthService', 'SignUp', { email: 'dave@example.org', password: PASSWORD, displayName: 'Dave' });
  const login = (password: string) => gw.api.call('AuthService', 'Login', { email: 'dave@example.org', password });
  await t.rejects(login(PASSWORD), { code: 'PERMISSION_DENIED', reason: 'EMAIL_NOT_VERIFIED' });
  await t.rejects(
    gw.api.call('AuthService', 'SignUp', { email: 'DAVE@example.org', password: PASSWORD, displayName: 'D' }),
    {
      code: 'COMMAND_REJECTED',
      reason: 'ALREADY_EXISTS',
    },
    'an address signs up once, whatever its case',
  );
  for (let i = 0; i < 10; i++)
    await t.rejects(login('wrong password!'), { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
  await t.rejects(login(PASSWORD), { code: 'UNAUTHENTICATED', reason: 'LOCKED' }, 'ten failures lock the account');
});
