/** The end of every sign-in (password, passkey, directory, OIDC): a new session and its tokens. */
import { addSessionFactor, openSession } from '../../domain/index.js';
import type { FactorKind, Workflow } from '../../domain/index.js';
import type { ServiceParts } from './service-parts.js';
import { sessionTokens } from './session-tokens.js';

/** How long a session lives unless the deployment says otherwise. */
const DEFAULT_SESSION_LIFETIME_MS = 30 * 24 * 3_600_000;

/**
 * Opens a session signed in by `factor` (and `alsoFactor`, a second one proven by the same sign-in,
 * such as an OpenID provider's MFA) and answers its `Tokens`.
 */
export async function signInSession(
  flow: Workflow,
  parts: ServiceParts,
  request: {
    readonly accountId: string;
    readonly superadmin: boolean;
    readonly device: string;
    readonly factor: FactorKind;
    readonly userVerified?: boolean;
    readonly alsoFactor?: FactorKind;
  },
): Promise<object> {
  const { accountId, superadmin, device, factor, alsoFactor } = request;
  const opened = await openSession(flow, {
    accountId,
    device,
    expiresAt: Date.now() + (parts.sessionLifetimeMs ?? DEFAULT_SESSION_LIFETIME_MS),
    factor,
    ...(request.userVerified === undefined ? {} : { userVerified: request.userVerified }),
  });
  const factors =
    alsoFactor === undefined ? opened.factors : await addSessionFactor(flow, opened.sessionId, alsoFactor);
  return sessionTokens(
    parts.tokens,
    { accountId, sessionId: opened.sessionId, superadmin, factors },
    opened.refreshToken,
  );
}
