/** The commands, events, replies and state of an account's second factors (`factors/acc_…`). */

export type FactorsCommand =
  /** Draw a new authenticator secret; it works only once confirmed. */
  | { readonly type: 'startTotp'; readonly label: string }
  /** Prove a code of the pending secret: it becomes the account's authenticator; recovery codes are drawn. */
  | { readonly type: 'confirmTotp'; readonly code: string; readonly pepper: string }
  | { readonly type: 'verifyTotp'; readonly code: string }
  /** `codeHash`: the typed code's peppered hash (recovery-codes.ts), made by the gateway. */
  | { readonly type: 'useRecoveryCode'; readonly codeHash: string }
  | { readonly type: 'regenerateRecoveryCodes'; readonly pepper: string }
  | { readonly type: 'removeTotp' }
  /** A phone for SMS codes (E.164): a code is drawn to prove it; only with an unrestricted factor. */
  | { readonly type: 'setPhone'; readonly number: string; readonly pepper: string }
  /** `codeHash`: the typed code's peppered hash, as for recovery codes. */
  | { readonly type: 'confirmPhone'; readonly codeHash: string }
  /** Draw a code to send by SMS (valid 10 minutes, once). */
  | { readonly type: 'sendSmsCode'; readonly pepper: string }
  | { readonly type: 'verifySms'; readonly codeHash: string }
  | { readonly type: 'removePhone' }
  | { readonly type: 'list' };

export type FactorsEvent =
  | { readonly type: 'totpStarted'; readonly secret: string; readonly at: number }
  | { readonly type: 'totpConfirmed'; readonly step: number; readonly at: number }
  | { readonly type: 'totpUsed'; readonly step: number; readonly at: number }
  | { readonly type: 'totpFailed'; readonly at: number }
  | { readonly type: 'totpRemoved'; readonly at: number }
  | { readonly type: 'recoveryCodesMade'; readonly hashes: readonly string[]; readonly at: number }
  | { readonly type: 'recoveryCodeUsed'; readonly index: number; readonly at: number }
  | { readonly type: 'recoveryFailed'; readonly at: number }
  | {
      readonly type: 'phonePending';
      readonly number: string;
      readonly codeHash: string;
      readonly expiresAt: number;
      readonly at: number;
    }
  | { readonly type: 'phoneConfirmed'; readonly at: number }
  | { readonly type: 'phoneRemoved'; readonly at: number }
  | { readonly type: 'smsCodeDrawn'; readonly codeHash: string; readonly expiresAt: number; readonly at: number }
  | { readonly type: 'smsUsed'; readonly at: number }
  | { readonly type: 'smsFailed'; readonly at: number };

/** Consecutive failures of one factor, and until when it is locked. */
export interface Failures {
  readonly count: number;
  readonly lockedUntil: number;
}

export interface FactorsState {
  /** A secret drawn by `startTotp`, not proven yet. */
  readonly pending: { readonly secret: string; readonly startedAt: number } | undefined;
  readonly totp:
    | {
        /** Base32. */
        readonly secret: string;
        readonly enrolledAt: number;
        /** The newest time step a code was accepted for: that code and older ones never work again. */
        readonly lastStep: number;
      }
    | undefined;
  /** Peppered hashes; a used code's slot is null. */
  readonly recovery: readonly (string | null)[];
  readonly totpFailures: Failures;
  readonly recoveryFailures: Failures;
  /** The phone SMS codes go to (E.164), once proven. */
  readonly phone: { readonly number: string; readonly since: number } | undefined;
  /** A phone being proven, with its code's peppered hash. */
  readonly pendingPhone: (NonNullable<SmsCode> & { readonly number: string }) | undefined;
  /** The SMS code out now, if any. */
  readonly smsCode: SmsCode;
  /** Not reset by a new code: only a right one resets it. */
  readonly smsFailures: Failures;
}

/** A code sent by SMS: its peppered hash and until when it works; undefined when none. */
type SmsCode = { readonly codeHash: string; readonly expiresAt: number } | undefined;

/** Why a proof was refused; the failure is counted (but for LOCKED, which is checked first). */
export type ProofRefusal = 'CODE_INVALID' | 'CODE_REUSED' | 'LOCKED';

export type FactorsReply =
  | { readonly secret: string; readonly uri: string }
  | { readonly ok: true; readonly recoveryCodes?: readonly string[] }
  /** A code to send by SMS, and where. */
  | { readonly code: string; readonly phone: string }
  | { readonly ok: false; readonly reason: ProofRefusal; readonly lockedUntil?: number }
  | FactorsSummary;

export interface FactorsSummary {
  readonly totp: boolean;
  readonly enrolledAt: number;
  readonly recoveryCodesLeft: number;
  /** The phone, all but its last two digits hidden; '' when none. */
  readonly phone: string;
}

/** Failures of one factor in a row before it locks, and for how long. */
export const TOTP_LOCK = { after: 5, forMs: 15 * 60_000 } as const;
export const RECOVERY_LOCK = { after: 5, forMs: 60 * 60_000 } as const;
export const SMS_LOCK = { after: 5, forMs: 15 * 60_000 } as const;
/** How long an SMS code works (NIST SP 800-63B-4: short-lived). */
export const SMS_CODE_MS = 10 * 60_000;
