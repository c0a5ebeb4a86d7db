/**
 * The step-up matrix: every (method requirement × project policy × factor set) is allowed or
 * refused as declared, by the gateway's own authorization of a project method (GetProject, as its
 * proto declares it, with the method's `(access).assurance` varied). What each factor set proves is
 * written out by hand below (its level, phishing resistance, age, and its level where SMS does not
 * count), not computed by the code under test.
 */
import t from 'tap';
import { loadApiSchema } from '../../gateway/index.js';
import { StepUpRequiredError } from '../../gateway/errors.js';
import { authorize } from '../../gateway/interceptor-authz.js';
import type { AssuranceNeed } from '../../gateway/api-schema.js';
import { nodeApi } from '../../nodes/index.js';
import type { UsedFactor } from '../../domain/session/assurance.js';

const NOW = Date.now();
const used = (kind: UsedFactor['kind'], ageS: number, userVerified?: boolean): UsedFactor => ({
  kind,
  at: NOW - ageS * 1000,
  ...(userVerified === undefined ? {} : { userVerified }),
});

interface FactorSet {
  readonly name: string;
  readonly factors: readonly UsedFactor[];
  /** The level it proves, and where SMS does not count. */
  readonly level: number;
  readonly levelWithoutSms: number;
  readonly phishingResistant: boolean;
  /** The age of its newest factor, in seconds. */
  readonly ageS: number;
}

const FACTOR_SETS: readonly FactorSet[] = [
  { name: 'password', factors: [used('password', 5)], level: 1, levelWithoutSms: 1, phishingResistant: false, ageS: 5 },
  {
    name: 'password + TOTP',
    factors: [used('password', 600), used('totp', 5)],
    level: 2,
    levelWithoutSms: 2,
    phishingResistant: false,
    ageS: 5,
  },
  {
    name: 'password + TOTP, an hour ago',
    factors: [used('password', 3700), used('totp', 3600)],
    level: 2,
    levelWithoutSms: 2,
    phishingResistant: false,
    ageS: 3600,
  },
  {
    name: 'password + SMS',
    factors: [used('password', 10), used('sms', 5)],
    level: 2,
    levelWithoutSms: 1,
    phishingResistant: false,
    ageS: 5,
  },
  {
    name: 'SMS + email code (one category twice)',
    factors: [used('sms', 10), used('email_code', 5)],
    level: 1,
    levelWithoutSms: 1,
    phishingResistant: false,
    ageS: 5,
  },
  {
    name: 'TOTP + recovery code (one category twice)',
    factors: [used('totp', 10), used('recovery_code', 5)],
    level: 1,
    levelWithoutSms: 1,
    phishingResistant: false,
    ageS: 5,
  },
  {
    name: 'passkey, user verified',
    factors: [used('webauthn', 5, true)],
    level: 2,
    levelWithoutSms: 2,
    phishingResistant: true,
    ageS: 5,
  },
  {
    name: 'passkey, user not verified',
    factors: [used('webauthn', 5, false)],
    level: 1,
    levelWithoutSms: 1,
    phishingResistant: true,
    ageS: 5,
  },
  {
    name: 'directory password + TOTP',
    factors: [used('ldap', 20), used('totp', 5)],
    level: 2,
    levelWithoutSms: 2,
    phishingResistant: false,
    ageS: 5,
  },
  {
    name: 'OIDC with upstream MFA the org trusts',
    factors: [used('oidc', 5), used('oidc_mfa', 5)],
    level: 2,
    levelWithoutSms: 2,
    phishingResistant: false,
    ageS: 5,
  },
];

const need = (level: number, phishingResistant = false, maxAgeS = 0): AssuranceNeed => ({
  level,
  phishingResistant,
  maxAgeS,
});

const METHOD_NEEDS: readonly { readonly name: string; readonly need: AssuranceNeed }[] = [
  { name: 'nothing', need: need(0) },
  { name: 'AAL2', need: need(2) },
  { name: 'AAL2 within 15 min', need: need(2, false, 900) },
  { name: 'phishing-resistant', need: need(1, true) },
];

const POLICIES: readonly { readonly name: string; readonly need: AssuranceNeed; readonly smsAllowed: boolean }[] = [
  { name: 'no policy', need: need(0), smsAllowed: false },
  { name: 'AAL2', need: need(2), smsAllowed: false },
  { name: 'AAL2, SMS allowed', need: need(2), smsAllowed: true },
  { name: 'AAL2 and phishing-resistant', need: need(2, true), smsAllowed: false },
  { name: 'AAL2 within a minute', need: need(2, false, 60), smsAllowed: false },
];

/** What the hand-written facts of a factor set say about one need. */
function meets(want: AssuranceNeed, level: number, set: FactorSet): boolean {
  if (want.level === 0) return true;
  return (
    level >= want.level &&
    (!want.phishingResistant || set.phishingResistant) &&
    (want.maxAgeS === 0 || set.ageS <= want.maxAgeS)
  );
}

t.test('every method requirement × project policy × factor set is allowed or refused as declared', async (t) => {
  const schema = loadApiSchema(nodeApi());
  const getProject = schema.services.get('redoubt.v1.ProjectService')!.get('GetProject')!;
  let cases = 0;
  for (const method of METHOD_NEEDS) {
    for (const policy of POLICIES) {
      for (const set of FACTOR_SETS) {
        const allowed =
          meets(method.need, set.level, set) &&
          meets(policy.need, policy.smsAllowed ? set.level : set.levelWithoutSms, set);
        let outcome: 'allowed' | 'refused' = 'allowed';
        try {
          await authorize(
            { ...getProject, access: { ...getProject.access, assurance: method.need } },
            { accountId: 'acc_member00000000000000', sessionId: 'ses_x', superadmin: false, factors: set.factors },
            { orgId: 'acme', projectId: 'web' },
            {
              roleOf: async () => 'ROLE_MEMBER',
              projectOf: async () => ({
                role: 'ROLE_MEMBER',
                external: false,
                need: policy.need,
                smsAllowed: policy.smsAllowed,
              }),
            },
            NOW + 10_000,
          );
        } catch (error) {
          if (!(error instanceof StepUpRequiredError)) throw error;
          outcome = 'refused';
        }
        cases++;
        t.equal(
          outcome,
          allowed ? 'allowed' : 'refused',
          `method asks ${method.name}, policy ${policy.name}, session holds ${set.name}`,
        );
      }
    }
  }
  t.equal(cases, METHOD_NEEDS.length * POLICIES.length * FACTOR_SETS.length);
});
