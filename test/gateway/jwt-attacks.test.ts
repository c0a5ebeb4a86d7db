/**
 * Forged, altered and stale tokens against the real gateway: every one refused with
 * UNAUTHENTICATED before any handler runs. And a reused refresh token revokes its session.
 */
import { generateKeyPairSync } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import t from 'tap';
import { importJWK, SignJWT } from 'jose';
import { ApiCallError, ACCESS_AUDIENCE, ACCESS_PURPOSE } from '../../gateway/index.js';
import { signingKeys, TokenSigner } from '../../registry/index.js';
import type { SigningKeyReply } from '../../registry/index.js';
import { startTestGateway } from '../helpers/gateway.js';

const b64 = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

t.test('forged, altered, expired and misaddressed access tokens are refused', async (t) => {
  await using gw = await startTestGateway();
  const alice = await gw.signUpAndLogin('alice@example.org');
  const bob = await gw.signUpAndLogin('bob@example.org');
  const getMe = (token: string) => gw.api.call('AccountService', 'GetMe', {}, { token });
  const refused = async (token: string, what: string, reason?: string) => {
    const error = await getMe(token).then(
      () => undefined,
      (e: unknown) => e,
    );
    t.ok(error instanceof ApiCallError, `${what}: refused`);
    t.match(
      error,
      { status: status.UNAUTHENTICATED, ...(reason === undefined ? {} : { reason }) },
      `${what}: UNAUTHENTICATED${reason ? ` (${reason})` : ''}`,
    );
  };
  t.match(await getMe(alice.accessToken), { accountId: alice.accountId }, 'the genuine token works');

  const [header, payload] = alice.accessToken.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string };

  await refused(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`, 'alg none');
  await refused(`${b64({ alg: 'none', typ: 'JWT', kid })}.${payload}.`, 'alg none with a real kid');

  // HS256 with the public key as the HMAC secret (the classic key-confusion attack).
  const { jwks } = await gw.api.call<{ jwks: string }>('AuthService', 'GetJwks', {});
  const jwk = (JSON.parse(jwks) as { keys: { kid: string; x: string }[] }).keys.find((key) => key.kid === kid)!;
  for (const [form, secret] of [
    ['raw public key', Buffer.from(jwk.x, 'base64url')],
    ['JWK JSON', Buffer.from(JSON.stringify(jwk))],
    ['base64url text', Buffer.from(jwk.x)],
  ] as const) {
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid }).sign(new Uint8Array(secret));
    await refused(forged, `HS256 signed with the ${form}`);
  }

  const tampered = `${header}.${b64({ ...claims, sub: bob.accountId })}.${alice.accessToken.split('.')[2]}`;
  await refused(tampered, "alice's signature over bob's account", 'BAD_SIGNATURE');

  // A well-formed EdDSA token from a key the registry never had.
  const stranger = generateKeyPairSync('ed25519');
  const strangerKey = await importJWK({ ...stranger.privateKey.export({ format: 'jwk' }), alg: 'EdDSA' }, 'EdDSA');
  const foreign = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: 'not-a-registry-key' })
    .sign(strangerKey);
  await refused(foreign, 'a key the registry does not publish (as after its grace)', 'UNKNOWN_KEY');
  const sameKid = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid }).sign(strangerKey);
  await refused(sameKid, "a stranger's key under the registry key's kid", 'BAD_SIGNATURE');

  // Genuine signatures with the wrong claims, from the registry's own access key.
  const registry = gw.solo.node.client;
  const ask = async (purpose: string, command: { type: 'fetch'; recipient: string }) =>
    (await registry.ask(signingKeys, purpose, command)) as SigningKeyReply;
  const signer = new TokenSigner(ACCESS_PURPOSE, ask);
  const base = { sub: alice.accountId, sid: alice.sessionId };
  await refused((await signer.sign({ ...base, aud: 'another-service' })).token, 'wrong audience', 'CLAIM_INVALID');
  await refused((await signer.sign(base)).token, 'no audience', 'CLAIM_INVALID');
  const otherIssuer = new TokenSigner(ACCESS_PURPOSE, ask, { issuer: 'someone-else' });
  await refused((await otherIssuer.sign({ ...base, aud: ACCESS_AUDIENCE })).token, 'wrong issuer', 'CLAIM_INVALID');
  await refused(
    (await signer.sign({ sub: 'root', sid: alice.sessionId, aud: ACCESS_AUDIENCE })).token,
    'a sub that names no account',
    'CLAIM_INVALID',
  );
  const shortLived = await signer.sign({ ...base, aud: ACCESS_AUDIENCE }, { lifetimeMs: 1000 });
  t.match(await getMe(shortLived.token), { accountId: alice.accountId }, 'a short-lived genuine token works...');
  await new Promise((resolve) => setTimeout(resolve, 2100));
  await refused(shortLived.token, '...and is refused once expired', 'EXPIRED');
  await refused('Bearer', 'garbage');
  const malformed = await gw.api
    .call('AccountService', 'GetMe', {}, { token: null, metadata: { authorization: 'Basic YWxpY2U6cHc=' } })
    .catch((e: unknown) => e);
  t.match(malformed, { code: 'UNAUTHENTICATED', reason: 'MALFORMED' }, 'a non-Bearer authorization header');
});

t.test('a reused refresh token revokes the whole session', async (t) => {
  await using gw = await startTestGateway();
  const alice = await gw.signUpAndLogin('alice@example.org');
  const refresh = (refreshToken: string) =>
    gw.api.call<{ refreshToken: string; accessToken: string }>('AuthService', 'Refresh', { refreshToken });
  const second = await refresh(alice.refreshToken);
  const third = await refresh(second.refreshToken);
  t.ok(third.accessToken, 'rotation works twice');
  await t.rejects(
    refresh(alice.refreshToken),
    { code: 'UNAUTHENTICATED', reason: 'REFRESH_REUSED' },
    'replaying the first token',
  );
  await t.rejects(
    refresh(third.refreshToken),
    { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' },
    'the thief and the owner are both out',
  );
  await t.rejects(
    refresh(`rt1.${alice.sessionId}.${'A'.repeat(43)}`),
    { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' },
    'a guessed token of the session',
  );
  await t.rejects(refresh('rt1.garbage'), { code: 'UNAUTHENTICATED', reason: 'REFRESH_INVALID' });
  const other = await gw.signUpAndLogin('bob@example.org');
  await t.rejects(
    refresh(`rt1.${other.sessionId}.${'A'.repeat(43)}`),
    { code: 'UNAUTHENTICATED', reason: 'REFRESH_INVALID' },
    'a wrong secret for a live session is refused without revoking it',
  );
  t.ok(await refresh(other.refreshToken), "bob's session still works");
});
