/** The commands, events, replies and state of a login session (see index.ts). */
import type { FactorKind, UsedFactor } from './assurance.js';

export type SessionCommand =
  | {
      /** Open the session and draw its first refresh token (the reply carries it, the state its hash). */
      readonly type: 'open';
      readonly accountId: string;
      readonly device: string;
      readonly expiresAt: number;
      /** The factor the login proved. */
      readonly factor: FactorKind;
      /** WebAuthn only: the authenticator verified its user (a passkey login always does). */
      readonly userVerified?: boolean;
    }
  /** Record a factor proven on the session (a step-up); the reply carries the session's factors. */
  | { readonly type: 'addFactor'; readonly factor: FactorKind; readonly userVerified: boolean }
  /** Spend the presented refresh token and draw the next one (the reply carries it). */
  | { readonly type: 'rotate'; readonly presentedHash: string }
  | { readonly type: 'revoke'; readonly reason: string }
  | { readonly type: 'status' };

export type SessionEvent =
  | {
      readonly type: 'opened';
      readonly accountId: string;
      readonly device: string;
      readonly refreshHash: string;
      readonly expiresAt: number;
      readonly at: number;
      /** Absent in sessions opened before factors were recorded: those logged in by password. */
      readonly factor?: FactorKind;
      readonly userVerified?: boolean;
    }
  | { readonly type: 'factorAdded'; readonly factor: FactorKind; readonly userVerified: boolean; readonly at: number }
  | { readonly type: 'rotated'; readonly refreshHash: string; readonly at: number }
  | { readonly type: 'revoked'; readonly reason: string; readonly at: number };

export interface SessionState {
  readonly accountId: string;
  readonly device: string;
  readonly current: string;
  /** Spent refresh hashes, newest last (a bounded window: older ones are simply unknown). */
  readonly spent: readonly string[];
  readonly expiresAt: number;
  readonly createdAt: number;
  readonly rotations: number;
  readonly revoked: string | undefined;
  readonly factors: readonly UsedFactor[];
}

export type SessionReply =
  /** `open` and `rotate` answer the new refresh token; only its hash is kept. Each answers the factors. */
  | {
      readonly ok: true;
      readonly accountId: string;
      readonly refreshToken?: string;
      readonly factors: readonly UsedFactor[];
    }
  /** The presented token was spent before: the session is now revoked. */
  | {
      readonly ok: false;
      readonly reason: 'REFRESH_REUSED' | 'REFRESH_INVALID' | 'SESSION_REVOKED' | 'SESSION_EXPIRED';
    }
  | SessionStatus;

export interface SessionStatus {
  readonly accountId: string;
  readonly device: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly rotations: number;
  readonly revoked: string | undefined;
  readonly factors: readonly UsedFactor[];
}
