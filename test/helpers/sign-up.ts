/** Signing up through a gateway as a person would: the account, then the token from its mail. */
import type { ApiClient, OutboxDirectory } from '../../gateway/index.js';

/**
 * Signs up `email` and verifies it with the token the gateway mailed to its outbox.
 * @returns the new account's id
 * @throws Error when no verification mail for the address is in the outbox
 */
export async function signUpVerified(
  api: Pick<ApiClient, 'call'>,
  outbox: OutboxDirectory,
  email: string,
  password: string,
): Promise<string> {
  const { accountId } = await api.call<{ accountId: string }>('AuthService', 'SignUp', {
    email,
    password,
    displayName: email.split('@')[0],
  });
  const mail = (await outbox.read()).filter((m) => m.to === email.toLowerCase()).at(-1);
  const token = /Verification token: (\S+)/.exec(mail?.text ?? '')?.[1];
  if (token === undefined) throw new Error(`no verification mail for ${email}`);
  await api.call('AuthService', 'VerifyEmail', { accountId, token });
  return accountId;
}
