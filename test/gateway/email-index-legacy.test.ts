/**
 * Addresses indexed before the email index was keyed (by the bare SHA-256 of the address) keep
 * working: their accounts log in, and a sign-up with such an address is refused as taken.
 */
import { status } from '@grpc/grpc-js';
import t from 'tap';
import { emailIndex, legacyEmailIndexId } from '../../domain/index.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';
import { signUpVerified } from '../helpers/sign-up.js';

t.test('an address under its legacy id logs in and cannot be signed up again', async (t) => {
  await using gw = await startTestGateway();
  const accountId = await signUpVerified(gw.api, gw.outbox, 'x@example.org', PASSWORD);
  // As a node made before the change left it: the entry under the bare SHA-256.
  await gw.solo.node.client.ask(emailIndex, legacyEmailIndexId('old@example.org'), { type: 'claim', accountId });

  const login = await gw.api.call<{ accountId: string }>('AuthService', 'Login', {
    email: 'Old@Example.org',
    password: PASSWORD,
  });
  t.equal(login.accountId, accountId, 'found by its legacy id when the keyed one has nothing');
  const refused = await gw.api
    .call('AuthService', 'SignUp', { email: 'old@example.org', password: PASSWORD, displayName: 'Old' })
    .catch((error: unknown) => error);
  t.match(refused, { status: status.ALREADY_EXISTS }, 'a sign-up with it is refused: the address is taken');
});
