// Original file: redoubt/v1/options.proto


/**
 * How strongly the caller must have signed in for a method. A session's assurance comes from the
 * factors it used: AAL1 is one factor; AAL2 is two factors of different kinds (something known and
 * something held), or a passkey that verified its user. A call short of it is refused with
 * PERMISSION_DENIED, reason STEP_UP_REQUIRED, and a `redoubt-step-up` trailer saying what would do.
 */
export interface AssuranceNeed {
  /**
   * 1 or 2 (AAL1, AAL2); 0 asks nothing.
   */
  'level'?: (number);
  /**
   * A phishing-resistant factor (WebAuthn) must be among them.
   */
  'phishingResistant'?: (boolean);
  /**
   * The newest factor of the level must be at most this old, in seconds; 0: any age.
   */
  'maxAgeS'?: (number);
}

/**
 * How strongly the caller must have signed in for a method. A session's assurance comes from the
 * factors it used: AAL1 is one factor; AAL2 is two factors of different kinds (something known and
 * something held), or a passkey that verified its user. A call short of it is refused with
 * PERMISSION_DENIED, reason STEP_UP_REQUIRED, and a `redoubt-step-up` trailer saying what would do.
 */
export interface AssuranceNeed__Output {
  /**
   * 1 or 2 (AAL1, AAL2); 0 asks nothing.
   */
  'level': (number);
  /**
   * A phishing-resistant factor (WebAuthn) must be among them.
   */
  'phishingResistant': (boolean);
  /**
   * The newest factor of the level must be at most this old, in seconds; 0: any age.
   */
  'maxAgeS': (number);
}
