/** A session's assurance from its factors: distinct categories make AAL2, one category never does. */
import t from 'tap';
import { assuranceOf } from '../../../domain/index.js';
import type { FactorKind, UsedFactor } from '../../../domain/index.js';

const used = (...kinds: FactorKind[]): UsedFactor[] => kinds.map((kind, at) => ({ kind, at }));

t.test('levels by category, not by count', (t) => {
  const cases: [string, UsedFactor[], 0 | 1 | 2][] = [
    ['nothing', [], 0],
    ['a password', used('password'), 1],
    ['password and TOTP', used('password', 'totp'), 2],
    ['password and a recovery code', used('password', 'recovery_code'), 2],
    ['password and SMS (restricted, but of another category)', used('password', 'sms'), 2],
    ['SMS and an email code: both held', used('sms', 'email_code'), 1],
    ['TOTP and a recovery code: both held', used('totp', 'recovery_code'), 1],
    ['a password and an LDAP bind: both known', used('password', 'ldap'), 1],
    ['a passkey without user verification', [{ kind: 'webauthn', at: 1, userVerified: false }], 1],
    ['a passkey that verified its user', [{ kind: 'webauthn', at: 1, userVerified: true }], 2],
  ];
  for (const [name, factors, level] of cases) t.equal(assuranceOf(factors).level, level, name);
  t.end();
});

t.test('only WebAuthn resists phishing', (t) => {
  t.equal(assuranceOf(used('password', 'totp')).phishingResistant, false);
  t.equal(assuranceOf([{ kind: 'webauthn', at: 1, userVerified: false }]).phishingResistant, true);
  t.end();
});
