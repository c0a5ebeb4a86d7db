/**
 * An account: a person's login identity (email, password hash, verification), profile, org
 * memberships and open sessions. Its id is `acc_` and 22 base64url characters, drawn at sign-up.
 * Passwords are hashed by the gateway (scrypt, off the event loop); the entity stores and
 * compares hashes only, never a password.
 */

/** A memory-hard password hash as stored. */
export interface PasswordRecord {
  readonly alg: 'scrypt';
  /** scrypt cost parameters. */
  readonly n: number;
  readonly r: number;
  readonly p: number;
  /** base64 of 16 random bytes. */
  readonly salt: string;
  /** base64 of the 32-byte derived key. */
  readonly hash: string;
}

/** A one-time token (email verification, password reset), stored as its SHA-256 only. */
export interface TokenRecord {
  readonly tokenHash: string;
  readonly expiresAt: number;
}

export const ROLES = ['guest', 'member', 'admin'] as const;
export type OrgRole = (typeof ROLES)[number];

export type AccountCommand =
  | {
      readonly type: 'create';
      readonly email: string;
      readonly displayName: string;
      readonly password: PasswordRecord;
      /** Until when the verification token the entity draws is good (ms since the epoch). */
      readonly verificationExpiresAt: number;
      /** The org whose directory (LDAP, AD) made the account and vouches for its address. */
      readonly directory?: string;
    }
  | { readonly type: 'verifyEmail'; readonly tokenHash: string }
  /** The password record and whether login is allowed now (for the gateway's check). */
  | { readonly type: 'credentials' }
  | { readonly type: 'loginFailed' }
  | { readonly type: 'sessionOpened'; readonly sessionId: string }
  | { readonly type: 'sessionClosed'; readonly sessionId: string }
  | { readonly type: 'changePassword'; readonly password: PasswordRecord }
  /** Draw a password-reset token good until `expiresAt`; the reply carries it (for the mail). */
  | { readonly type: 'startReset'; readonly expiresAt: number }
  | { readonly type: 'resetPassword'; readonly tokenHash: string; readonly password: PasswordRecord }
  | { readonly type: 'profile' }
  | { readonly type: 'updateProfile'; readonly displayName: string }
  | { readonly type: 'setMembership'; readonly orgId: string; readonly role: OrgRole }
  | { readonly type: 'removeMembership'; readonly orgId: string }
  | { readonly type: 'grantSuperadmin' }
  /** Stop the account signing in (its directory disabled or removed it); its sessions are revoked apart. */
  | { readonly type: 'deactivate'; readonly reason: string }
  | { readonly type: 'reactivate' };

export type AccountEvent =
  | {
      readonly type: 'created';
      readonly email: string;
      readonly displayName: string;
      readonly password: PasswordRecord;
      readonly verification: TokenRecord;
      readonly at: number;
      readonly directory?: string;
    }
  | { readonly type: 'emailVerified'; readonly at: number }
  | { readonly type: 'loginFailed'; readonly at: number }
  | { readonly type: 'sessionOpened'; readonly sessionId: string; readonly at: number }
  | { readonly type: 'sessionClosed'; readonly sessionId: string; readonly at: number }
  | { readonly type: 'passwordChanged'; readonly password: PasswordRecord; readonly at: number }
  | { readonly type: 'resetStarted'; readonly reset: TokenRecord; readonly at: number }
  | { readonly type: 'profileUpdated'; readonly displayName: string; readonly at: number }
  | { readonly type: 'membershipSet'; readonly orgId: string; readonly role: OrgRole; readonly at: number }
  | { readonly type: 'membershipRemoved'; readonly orgId: string; readonly at: number }
  | { readonly type: 'superadminGranted'; readonly at: number }
  | { readonly type: 'deactivated'; readonly reason: string; readonly at: number }
  | { readonly type: 'reactivated'; readonly at: number };

/** The account as others may see it (no password, no token). */
export interface AccountProfile {
  readonly accountId: string;
  readonly email: string;
  readonly displayName: string;
  readonly emailVerified: boolean;
  readonly superadmin: boolean;
  readonly memberships: Readonly<Record<string, OrgRole>>;
  readonly createdAt: number;
  readonly sessions: readonly string[];
}

export interface CredentialsReply {
  readonly password: PasswordRecord;
  readonly emailVerified: boolean;
  readonly superadmin: boolean;
  /** Milliseconds since the epoch until which logins are refused after repeated failures; 0 when not locked. */
  readonly lockedUntil: number;
  /** The org whose directory manages the account: it signs in there, never by password. */
  readonly directory?: string;
  /** Why the account may not sign in, when it may not. */
  readonly deactivated?: string;
}

/** Failed logins in a row that lock the account, and for how long. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MS = 5 * 60_000;

/** The reply to `create`: the verification token to mail (only its hash is kept). */
export interface CreatedReply {
  readonly ok: true;
  readonly verificationToken: string;
}

/** The reply to `startReset`: the reset token to mail (only its hash is kept). */
export interface ResetStartedReply {
  readonly ok: true;
  readonly resetToken: string;
}

export type AccountReply = AccountProfile | CredentialsReply | CreatedReply | ResetStartedReply | { readonly ok: true };
