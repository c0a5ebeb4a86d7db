/** What the identity module runs: accounts, the email index and sessions, and their two services. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { account, emailIndex, securityLog, session } from '../../../domain/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { accountService } from '../../services/account-service.js';
import { authService } from '../../services/auth-service.js';

/** A password every rule accepts. */
const PASSWORD = 'correct horse battery staple';

/** Accounts, `email/<address>` → account, sessions, each account's security log. */
export const kinds: readonly AnyEntityKind[] = [account, emailIndex, session, securityLog];

/** AuthService and AccountService. */
export const services: Readonly<Record<string, ServiceFactory>> = {
  'redoubt.v1.AuthService': authService,
  'redoubt.v1.AccountService': accountService,
};

/** Well-formed requests of every method. */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.AuthService': ({ accountId, unique: n }) => ({
    SignUp: { email: `sample${n}@example.org`, password: PASSWORD, displayName: `Sample ${n}` },
    VerifyEmail: { accountId, token: 'x'.repeat(43) },
    Login: { email: `nobody${n}@example.org`, password: PASSWORD },
    Refresh: { refreshToken: `rt1.ses_${'A'.repeat(22)}.${'B'.repeat(43)}` },
    Logout: {},
    RevokeAll: {},
    ChangePassword: { currentPassword: 'not the password at all', newPassword: `${PASSWORD} new` },
    RequestPasswordReset: { email: `nobody${n}@example.org` },
    ResetPassword: { accountId, token: 'x'.repeat(43), newPassword: `${PASSWORD} new` },
    GetJwks: {},
  }),
  'redoubt.v1.AccountService': ({ unique: n }) => ({
    GetMe: {},
    UpdateProfile: { displayName: `Renamed ${n}` },
    ListSecurityEvents: { limit: 10 },
  }),
};
