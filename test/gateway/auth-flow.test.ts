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
