/**
 * Signing in with an org's Active Directory (a private Samba AD DC on its own loopback address):
 * LDAPS verified against the DC's CA under its DNS name, the role from a group reached through a
 * nested group, AD's refusals with their precise reasons (52e wrong password, 533 disabled, 773
 * must change), a user disabled upstream deactivated by the sync (sessions ended), and the
 * user's own password written back to AD (unicodePwd), AD's password policy applying; a group
 * membership change picked up by the sync.
 */
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';
import { refusal } from '../helpers/refusal.js';
import { startSambaAd } from '../helpers/samba-ad.js';
import { enrolTotp } from '../helpers/step-up.js';

interface Tokens {
  accountId: string;
  accessToken: string;
  refreshToken: string;
}

t.test(
  'Active Directory: LDAPS sign-in, nested groups, AD reasons, sync deactivates, password write-back',
  async (t) => {
    await using ad = await startSambaAd();
    await using gw = await startTestGateway();
    const fixture = await setUpRoles(gw);
    const { orgId } = fixture;
    const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
    const [alice, bob, carol] = ad.users;

    const set = await admin.call<Record<string, unknown>>('DirectoryService', 'SetDirectory', {
      orgId,
      flavor: 'active_directory',
      url: ad.url,
      caPem: ad.ca,
      tlsServerName: ad.serverName,
      bindDn: ad.bindDn,
      bindPassword: ad.bindPassword,
      baseDn: ad.baseDn,
      groupRoles: [{ groupDn: ad.engineersDn, role: 'ROLE_MEMBER' }],
      passwordWriteBack: true,
    });
    t.match(set, {
      flavor: 'active_directory',
      loginAttribute: 'sAMAccountName',
      userFilter: '(&(objectCategory=person)(objectClass=user))',
      tlsServerName: 'dc1.redoubt.test',
    });

    const login = (username: string, password: string) =>
      gw.api.call<Tokens>('DirectoryService', 'LoginWithDirectory', { orgId, username, password, device: 'test' });
    const roleOf = async (accountId: string) =>
      (
        await admin.call<{ members: { accountId: string; role: string }[] }>('OrgService', 'ListMembers', { orgId })
      ).members.find((member) => member.accountId === accountId)?.role;

    const aliceTokens = await login(alice.name, alice.password);
    t.equal(await roleOf(aliceTokens.accountId), 'ROLE_MEMBER', 'alice is in engineers');
    const me = await gw.api.withToken(aliceTokens.accessToken).call<{ email: string }>('AccountService', 'GetMe', {});
    t.equal(me.email, alice.mail);
    const bobTokens = await login(bob.name, bob.password);
    t.equal(await roleOf(bobTokens.accountId), 'ROLE_MEMBER', 'bob is in engineers through platform (nested)');
    t.match(
      await refusal(login(carol.name, carol.password)),
      { code: 'PERMISSION_DENIED', reason: 'NO_DIRECTORY_ROLE' },
      'carol is in no mapped group',
    );
    t.match(
      await refusal(login(alice.name, 'wrong')),
      { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' },
      '52e: a wrong password',
    );
    const dave = await ad.addUser('dave', `Dd1-${Date.now()}`);
    await ad.mustChangePassword('dave');
    t.match(
      await refusal(login(dave.name, dave.password)),
      { code: 'UNAUTHENTICATED', reason: 'PASSWORD_MUST_CHANGE', message: /must be changed/ },
      '773: must change the password first',
    );

    // Disabled upstream: refused at once, and deactivated (sessions ended) by the next sync.
    await ad.disableUser('bob');
    t.match(
      await refusal(login(bob.name, bob.password)),
      { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' },
      '533: the account is disabled',
    );
    const synced = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
    t.match(synced, { deactivated: 1, error: '' }, 'the sync deactivates bob');
    t.match(
      await refusal(gw.api.call('AuthService', 'Refresh', { refreshToken: bobTokens.refreshToken })),
      { code: 'UNAUTHENTICATED' },
      "and bob's session is over",
    );
    t.equal(await roleOf(bobTokens.accountId), undefined, 'and bob is no longer a member');
    const again = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
    t.match(again, { deactivated: 0, error: '' }, 'a second sync finds nothing more to do');

    // Alice changes her AD password through Redoubt.
    const session = gw.api.withToken(aliceTokens.accessToken);
    const change = (currentPassword: string, newPassword: string) =>
      session.call('DirectoryService', 'ChangeDirectoryPassword', { orgId, currentPassword, newPassword });
    t.match(
      await refusal(change(alice.password, 'short')),
      { code: 'INVALID_ARGUMENT', reason: 'PASSWORD_POLICY' },
      "AD's password policy applies",
    );
    t.match(await refusal(change('wrong', 'Aa1-a-long-enough-password')), {
      code: 'PERMISSION_DENIED',
      reason: 'BAD_CREDENTIALS',
    });
    const newPassword = `Aa1-${Date.now()}-changed`;
    await change(alice.password, newPassword);
    t.match(
      await refusal(login(alice.name, alice.password)),
      { reason: 'BAD_CREDENTIALS' },
      'the old password is gone in AD',
    );
    t.equal((await login(alice.name, newPassword)).accountId, aliceTokens.accountId, 'the new one signs in');

    // Out of engineers (a change to the group's entry, not to alice's): the next sync sees it.
    await ad.modify(ad.engineersDn, { member: [ad.platformDn] });
    const regrouped = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
    t.match(regrouped, { deactivated: 1, error: '' }, 'alice, in no mapped group now, is deactivated');
    t.match(await refusal(login(alice.name, newPassword)), { code: 'PERMISSION_DENIED', reason: 'NO_DIRECTORY_ROLE' });
    await ad.modify(ad.engineersDn, { member: [ad.platformDn, alice.dn] });
    const back = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
    t.match(back, { reactivated: 1, error: '' }, 'back in the group: reactivated by the sync');
    t.equal((await login(alice.name, newPassword)).accountId, aliceTokens.accountId);
  },
);
