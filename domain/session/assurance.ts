/**
 * How strongly a session was signed in, from the factors it used (NIST SP 800-63B-4): AAL1 is one
 * factor; AAL2 is two factors of different *categories* (something known and something held), or
 * a multi-factor authenticator (a passkey that verified its user). Two factors of one category
 * never make AAL2, however many: an SMS code and an email code are both "held", as are a TOTP and a
 * recovery code (Kratos #4317 counted two email codes as AAL2). Only WebAuthn resists phishing.
 */

/** Every factor a session may use, with its category. */
export const FACTOR_CATEGORY = {
  password: 'known',
  ldap: 'known',
  oidc: 'known',
  // The provider's own MFA, where the org trusts it (a second factor of the provider's).
  oidc_mfa: 'held',
  totp: 'held',
  recovery_code: 'held',
  sms: 'held',
  email_code: 'held',
  webauthn: 'held',
} as const;

export type FactorKind = keyof typeof FACTOR_CATEGORY;

export function isFactorKind(value: unknown): value is FactorKind {
  return typeof value === 'string' && Object.hasOwn(FACTOR_CATEGORY, value);
}

/** A factor a session used: the newest use of each kind is kept. */
export interface UsedFactor {
  readonly kind: FactorKind;
  /** Ms since the epoch. */
  readonly at: number;
  /** WebAuthn only: the authenticator verified its user (PIN or biometrics). */
  readonly userVerified?: boolean;
}

export interface Assurance {
  /** 0 (none), 1 or 2. */
  readonly level: 0 | 1 | 2;
  readonly phishingResistant: boolean;
}

export function assuranceOf(factors: readonly UsedFactor[]): Assurance {
  const categories = new Set(factors.map((factor) => FACTOR_CATEGORY[factor.kind]));
  const passkey = factors.some((factor) => factor.kind === 'webauthn' && factor.userVerified === true);
  const level = factors.length === 0 ? 0 : categories.size >= 2 || passkey ? 2 : 1;
  return { level, phishingResistant: factors.some((factor) => factor.kind === 'webauthn') };
}

/** The factors with `used` added, replacing an earlier use of its kind. */
export function withFactor(factors: readonly UsedFactor[], used: UsedFactor): readonly UsedFactor[] {
  return [...factors.filter((factor) => factor.kind !== used.kind), used];
}

/** When the newest of the factors was proven, ms since the epoch; 0 when there are none. */
export function newestFactorAt(factors: readonly UsedFactor[]): number {
  return Math.max(0, ...factors.map((factor) => factor.at));
}

/** How strongly a caller must have signed in: a method's `(access).assurance`, or a project's policy. */
export interface AssuranceNeed {
  /** 0 (nothing), 1 or 2. */
  readonly level: number;
  readonly phishingResistant: boolean;
  /** The newest factor must be at most this old, in seconds; 0: any age. */
  readonly maxAgeS: number;
}

export const NO_NEED: AssuranceNeed = Object.freeze({ level: 0, phishingResistant: false, maxAgeS: 0 });

/** A need that meets both: the higher level, either's phishing resistance, the shorter age. */
export function strictest(a: AssuranceNeed, b: AssuranceNeed): AssuranceNeed {
  const ages = [a.maxAgeS, b.maxAgeS].filter((age) => age > 0);
  return {
    level: Math.max(a.level, b.level),
    phishingResistant: a.phishingResistant || b.phishingResistant,
    maxAgeS: ages.length === 0 ? 0 : Math.min(...ages),
  };
}

/** What the factors lack for the need, in words; undefined when they meet it. */
export function shortfall(need: AssuranceNeed, factors: readonly UsedFactor[], now: number): string | undefined {
  if (need.level === 0) return undefined;
  const held = assuranceOf(factors);
  if (held.level < need.level) return `assurance level ${need.level} (the session holds ${held.level})`;
  if (need.phishingResistant && !held.phishingResistant) return 'a phishing-resistant factor (a passkey)';
  if (need.maxAgeS > 0 && now - newestFactorAt(factors) > need.maxAgeS * 1000) {
    return `a factor proven within the last ${need.maxAgeS} s`;
  }
  return undefined;
}
