/** How an account's factors follow from their events. */
import type { Failures, FactorsEvent, FactorsReply, FactorsState } from './protocol.js';
import { RECOVERY_LOCK, SMS_LOCK, TOTP_LOCK } from './protocol.js';

const NO_FAILURES: Failures = { count: 0, lockedUntil: 0 };

export function initialFactors(): FactorsState {
  return {
    pending: undefined,
    totp: undefined,
    recovery: [],
    totpFailures: NO_FAILURES,
    recoveryFailures: NO_FAILURES,
    phone: undefined,
    pendingPhone: undefined,
    smsCode: undefined,
    smsFailures: NO_FAILURES,
  };
}

export function evolveFactors(state: FactorsState, event: FactorsEvent): FactorsState {
  switch (event.type) {
    case 'totpStarted':
      return { ...state, pending: { secret: event.secret, startedAt: event.at } };
    case 'totpConfirmed':
      return {
        ...state,
        pending: undefined,
        totp: { secret: state.pending!.secret, enrolledAt: event.at, lastStep: event.step },
        totpFailures: NO_FAILURES,
      };
    case 'totpUsed':
      return { ...state, totp: { ...state.totp!, lastStep: event.step }, totpFailures: NO_FAILURES };
    case 'totpFailed':
      return { ...state, totpFailures: failed(state.totpFailures, event.at, TOTP_LOCK) };
    case 'totpRemoved':
      // SMS is allowed only beside an unrestricted factor: it goes with the authenticator.
      return {
        ...state,
        pending: undefined,
        totp: undefined,
        recovery: [],
        phone: undefined,
        pendingPhone: undefined,
        smsCode: undefined,
      };
    case 'recoveryCodesMade':
      return { ...state, recovery: event.hashes, recoveryFailures: NO_FAILURES };
    case 'recoveryCodeUsed':
      return {
        ...state,
        recovery: state.recovery.map((hash, index) => (index === event.index ? null : hash)),
        recoveryFailures: NO_FAILURES,
      };
    case 'recoveryFailed':
      return { ...state, recoveryFailures: failed(state.recoveryFailures, event.at, RECOVERY_LOCK) };
    case 'phonePending':
      return { ...state, pendingPhone: { number: event.number, codeHash: event.codeHash, expiresAt: event.expiresAt } };
    case 'phoneConfirmed':
      return {
        ...state,
        phone: { number: state.pendingPhone!.number, since: event.at },
        pendingPhone: undefined,
        smsCode: undefined,
        smsFailures: NO_FAILURES,
      };
    case 'phoneRemoved':
      return { ...state, phone: undefined, pendingPhone: undefined, smsCode: undefined };
    case 'smsCodeDrawn':
      return { ...state, smsCode: { codeHash: event.codeHash, expiresAt: event.expiresAt } };
    case 'smsUsed':
      return { ...state, smsCode: undefined, smsFailures: NO_FAILURES };
    case 'smsFailed':
      return { ...state, smsFailures: failed(state.smsFailures, event.at, SMS_LOCK) };
  }
}

/** One more failure; the count starts again once a lock has run out. */
function failed(failures: Failures, at: number, lock: { after: number; forMs: number }): Failures {
  const count = (failures.lockedUntil > 0 && failures.lockedUntil <= at ? 0 : failures.count) + 1;
  return { count, lockedUntil: count >= lock.after ? at + lock.forMs : 0 };
}

/** The refusal of a proof while its factor is locked; undefined when it is not. */
export function lockedReply(failures: Failures, now: number): FactorsReply | undefined {
  return failures.lockedUntil > now ? { ok: false, reason: 'LOCKED', lockedUntil: failures.lockedUntil } : undefined;
}

/** Recovery codes not used yet. */
export function recoveryCodesLeft(state: FactorsState): number {
  return state.recovery.filter((hash) => hash !== null).length;
}
