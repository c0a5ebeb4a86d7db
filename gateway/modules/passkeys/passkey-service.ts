/**
 * PasskeyService: WebAuthn registration and assertions, for passwordless sign-in and step-up.
 * @simplewebauthn/server checks what the browser answered (origin, RP id, challenge, signature,
 * user verification); the account's `passkeys` entity keeps the credentials and decides what a
 * verified assertion may do (challenge once, counter policy). The RP id and the allowed origins
 * are the deployment's (`--webauthn-rp-id`, `--web-origin`).
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { isNotFound } from '../../../actors/index.js';
import { account, addSessionFactor, factors } from '../../../domain/index.js';
import type { AccountProfile, CredentialsReply, FactorsSummary, Workflow } from '../../../domain/index.js';
import { aaguidAllowed, passkeyIndex, passkeyPolicy, passkeys, TRANSPORTS } from '../../../domain/passkeys/index.js';
import type { PasskeyPolicy, PasskeysReply, PasskeySummary, StoredPasskey } from '../../../domain/passkeys/index.js';
import { callerOf } from '../../call-context.js';
import type { CallContext } from '../../call-context.js';
import { InvalidArgumentError, PermissionDeniedError, UnauthenticatedError } from '../../errors.js';
import { requireAssurance } from '../../interceptor-authz.js';
import type { UnaryHandler } from '../../pipeline.js';
import { workflowOf } from '../../services/service-parts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { sessionTokens } from '../../services/session-tokens.js';
import { signInSession } from '../../services/sign-in-session.js';
import { refuseInactive } from '../../services/auth-service.js';
import { CHALLENGE_MS, PasskeyChallenges } from './challenges.js';
import type { CheckedChallenge } from './challenges.js';

type Request = Record<string, unknown>;

/** Adding a passkey beside another second factor needs one of them, recently. */
const RECENT_SECOND_FACTOR = { level: 2, phishingResistant: false, maxAgeS: 900 } as const;

const REFUSALS = {
  UNKNOWN_PASSKEY: 'this passkey is not registered here (it may have been removed)',
  CHALLENGE_REUSED: 'this sign-in was used already: start again',
  COUNTER_REPLAYED: 'this security key looks cloned (its counter went back): sign-in refused and logged',
} as const;

export function passkeyService(parts: ServiceParts): Record<string, UnaryHandler> {
  const challenges = new PasskeyChallenges(() => parts.pepper('passkey-challenge', 'v1'));
  const indexId = (credentialId: string) => parts.pepper('passkey-id', credentialId);
  const loginPurpose = 'login';
  const stepUpPurpose = (context: CallContext) => `step-up\n${callerOf(context).sessionId}`;

  /** Options for navigator.credentials.get, as JSON. */
  async function assertionOptions(purpose: string, allow: readonly PasskeySummary[] = []): Promise<object> {
    const options = await generateAuthenticationOptions({
      rpID: parts.web.rpId,
      challenge: challenges.issue(purpose),
      timeout: CHALLENGE_MS,
      userVerification: 'required',
      allowCredentials: allow.map(({ id, transports }) => ({ id, transports: [...transports] })),
    });
    return { optionsJson: JSON.stringify(options) };
  }

  /**
   * Verifies an assertion by `accountId`'s passkey and records it (challenge spent, counter).
   * @throws `refuse(message, reason)` when anything about it is wrong
   */
  async function verifyAssertion(
    flow: Workflow,
    accountId: string,
    response: AuthenticationResponseJSON,
    purpose: string,
    refuse: (message: string, reason: string) => Error,
  ): Promise<PasskeySummary> {
    const found = (await flow.read(passkeys, accountId, { type: 'credential', id: response.id }).catch((error) => {
      if (isNotFound(error) || (error as { details?: { reason?: string } }).details?.reason === 'UNKNOWN_PASSKEY') {
        throw refuse(REFUSALS.UNKNOWN_PASSKEY, 'UNKNOWN_PASSKEY');
      }
      throw error;
    })) as { passkey: StoredPasskey };
    let checked: CheckedChallenge | undefined;
    let verified;
    try {
      verified = await verifyAuthenticationResponse({
        response,
        expectedChallenge: (challenge) => (checked = challenges.check(challenge, purpose)) !== undefined,
        expectedOrigin: [...parts.web.origins()],
        expectedRPID: parts.web.rpId,
        // The counter policy is the entity's (device-bound keys must count up, synced ones may stay at 0).
        credential: {
          ...found.passkey,
          publicKey: Buffer.from(found.passkey.publicKey, 'base64url'),
          counter: 0,
          transports: [...found.passkey.transports] as never,
        },
        requireUserVerification: true,
      });
    } catch (error) {
      throw ceremonyRefusal(error, refuse);
    }
    if (!verified.verified || checked === undefined)
      throw refuse('the passkey assertion does not verify', 'PASSKEY_INVALID');
    const reply = (await flow.change(passkeys, accountId, {
      type: 'authenticate',
      id: response.id,
      counter: verified.authenticationInfo.newCounter,
      challengeHash: checked.hash,
      challengeExpiresAt: checked.expiresAt,
    })) as PasskeysReply;
    if (!('ok' in reply) || !reply.ok) {
      const reason = 'reason' in reply ? reply.reason : 'PASSKEY_INVALID';
      throw refuse(REFUSALS[reason as keyof typeof REFUSALS] ?? 'the passkey was refused', reason);
    }
    return reply.passkey!;
  }

  /** Refuses an authenticator model that a policy of one of the account's orgs does not allow. */
  async function checkPolicies(flow: Workflow, accountId: string, aaguid: string): Promise<void> {
    const profile = (await flow.read(account, accountId, { type: 'profile' })) as AccountProfile;
    for (const orgId of Object.keys(profile.memberships)) {
      const policy = (await flow.read(passkeyPolicy, orgId, { type: 'get' }, orgId)) as PasskeyPolicy;
      if (!aaguidAllowed(policy, aaguid)) {
        throw new PermissionDeniedError(
          `org ${orgId} does not allow passkeys of this authenticator model (AAGUID ${aaguid}): use another authenticator`,
          'passkeys.register',
          'AUTHENTICATOR_NOT_ALLOWED',
        );
      }
    }
  }

  return {
    async SetPasskeyPolicy(request, context) {
      const orgId = String(request['orgId']);
      const lower = (name: string) => ((request[name] ?? []) as string[]).map((id) => id.toLowerCase());
      const policy = (await workflowOf(parts, context).change(
        passkeyPolicy,
        orgId,
        { type: 'set', allowed: lower('allowedAaguids'), denied: lower('deniedAaguids') },
        { orgId },
      )) as PasskeyPolicy;
      return { allowedAaguids: policy.allowed, deniedAaguids: policy.denied };
    },

    async GetPasskeyPolicy(request, context) {
      const orgId = String(request['orgId']);
      const policy = (await workflowOf(parts, context).read(
        passkeyPolicy,
        orgId,
        { type: 'get' },
        orgId,
      )) as PasskeyPolicy;
      return { allowedAaguids: policy.allowed, deniedAaguids: policy.denied };
    },

    async StartPasskeyLogin() {
      return assertionOptions(loginPurpose);
    },

    async FinishPasskeyLogin(request, context) {
      const response = parseCredential<AuthenticationResponseJSON>(request);
      const flow = workflowOf(parts, context);
      const unauthenticated = (message: string, reason: string) => new UnauthenticatedError(message, reason);
      let accountId: string;
      try {
        accountId = ((await flow.read(passkeyIndex, indexId(response.id), { type: 'lookup' })) as { accountId: string })
          .accountId;
      } catch (error) {
        if (isNotFound(error)) throw unauthenticated(REFUSALS.UNKNOWN_PASSKEY, 'UNKNOWN_PASSKEY');
        throw error;
      }
      await verifyAssertion(flow, accountId, response, loginPurpose, unauthenticated);
      const credentials = (await flow.read(account, accountId, { type: 'credentials' })) as CredentialsReply;
      if (!credentials.emailVerified) {
        throw new PermissionDeniedError(
          'verify the email address first (VerifyEmail)',
          'passkeys.login',
          'EMAIL_NOT_VERIFIED',
        );
      }
      refuseInactive(credentials, 'passkeys.login');
      return signInSession(flow, parts, {
        accountId,
        superadmin: credentials.superadmin,
        device: String(request['device'] ?? ''),
        factor: 'webauthn',
        userVerified: true,
      });
    },

    async StartPasskeyRegistration(_request, context) {
      const caller = callerOf(context);
      const flow = workflowOf(parts, context);
      // A password thief must not add a passkey of their own beside the owner's second factor.
      const [held, owned] = await Promise.all([
        flow.read(factors, caller.accountId, { type: 'list' }) as Promise<FactorsSummary>,
        flow.read(passkeys, caller.accountId, { type: 'list' }) as Promise<{ passkeys: readonly PasskeySummary[] }>,
      ]);
      if (held.totp || owned.passkeys.length > 0) requireAssurance(RECENT_SECOND_FACTOR, caller, 'passkeys.register');
      const profile = (await flow.read(account, caller.accountId, { type: 'profile' })) as AccountProfile;
      const started = (await flow.change(passkeys, caller.accountId, { type: 'startRegistration' })) as {
        challenge: string;
        exclude: readonly { id: string; transports: readonly string[] }[];
      };
      const options = await generateRegistrationOptions({
        rpName: parts.web.rpName,
        rpID: parts.web.rpId,
        userName: profile.email,
        userDisplayName: profile.displayName || profile.email,
        userID: new TextEncoder().encode(caller.accountId),
        challenge: Buffer.from(started.challenge, 'base64url'),
        timeout: CHALLENGE_MS,
        attestationType: 'none',
        excludeCredentials: started.exclude.map(({ id, transports }) => ({ id, transports: [...transports] })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      return { optionsJson: JSON.stringify(options) };
    },

    async FinishPasskeyRegistration(request, context) {
      const caller = callerOf(context);
      const response = parseCredential<RegistrationResponseJSON>(request);
      const flow = workflowOf(parts, context);
      const pending = (await flow.read(passkeys, caller.accountId, { type: 'pendingRegistration' })) as {
        challenge: string;
      };
      const refuse = (message: string, reason: string) =>
        new PermissionDeniedError(message, 'passkeys.register', reason);
      let verified;
      try {
        verified = await verifyRegistrationResponse({
          response,
          expectedChallenge: pending.challenge,
          expectedOrigin: [...parts.web.origins()],
          expectedRPID: parts.web.rpId,
          requireUserVerification: true,
        });
      } catch (error) {
        throw ceremonyRefusal(error, refuse);
      }
      if (!verified.verified) throw refuse('the passkey registration does not verify', 'PASSKEY_INVALID');
      const info = verified.registrationInfo;
      await checkPolicies(flow, caller.accountId, info.aaguid);
      const id = info.credential.id;
      // Claimed first: a credential belongs to one account, whatever happens next.
      await flow.change(passkeyIndex, indexId(id), { type: 'claim', accountId: caller.accountId });
      const added = (await flow.change(passkeys, caller.accountId, {
        type: 'register',
        challenge: pending.challenge,
        passkey: {
          id,
          publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
          counter: info.credential.counter,
          deviceType: info.credentialDeviceType,
          backedUp: info.credentialBackedUp,
          transports: (info.credential.transports ?? []).filter((transport) =>
            (TRANSPORTS as readonly string[]).includes(transport),
          ),
          aaguid: info.aaguid,
          name: String(request['name']),
        },
      })) as { passkey: PasskeySummary };
      const used = await addSessionFactor(flow, caller.sessionId, 'webauthn', true);
      return {
        passkey: passkeyMessage(added.passkey),
        tokens: await sessionTokens(parts.tokens, { ...caller, factors: used }),
      };
    },

    async StartPasskeyStepUp(_request, context) {
      const { accountId } = callerOf(context);
      const owned = (await workflowOf(parts, context).read(passkeys, accountId, { type: 'list' })) as {
        passkeys: readonly PasskeySummary[];
      };
      if (owned.passkeys.length === 0) {
        throw new PermissionDeniedError(
          'the account has no passkey: register one first',
          'passkeys.verify',
          'NO_PASSKEY',
        );
      }
      return assertionOptions(stepUpPurpose(context), owned.passkeys);
    },

    async FinishPasskeyStepUp(request, context) {
      const caller = callerOf(context);
      const flow = workflowOf(parts, context);
      const refuse = (message: string, reason: string) => new PermissionDeniedError(message, 'passkeys.verify', reason);
      await verifyAssertion(flow, caller.accountId, parseCredential(request), stepUpPurpose(context), refuse);
      const used = await addSessionFactor(flow, caller.sessionId, 'webauthn', true);
      return sessionTokens(parts.tokens, { ...caller, factors: used });
    },

    async ListPasskeys(_request, context) {
      const reply = (await workflowOf(parts, context).read(passkeys, callerOf(context).accountId, {
        type: 'list',
      })) as {
        passkeys: readonly PasskeySummary[];
      };
      return { passkeys: reply.passkeys.map(passkeyMessage) };
    },

    async RenamePasskey(request, context) {
      await workflowOf(parts, context).change(passkeys, callerOf(context).accountId, {
        type: 'rename',
        id: String(request['id']),
        name: String(request['name']),
      });
      return {};
    },

    async RemovePasskey(request, context) {
      await workflowOf(parts, context).change(passkeys, callerOf(context).accountId, {
        type: 'remove',
        id: String(request['id']),
      });
      return {};
    },
  };
}

/** The browser's credential (its toJSON()), in the shape WebAuthn gives it. @throws InvalidArgumentError */
function parseCredential<T extends { id: string; response: object }>(request: Request): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(request['credentialJson']));
  } catch {
    throw new InvalidArgumentError('credential_json', 'format', "is not JSON: send the credential's toJSON()");
  }
  const fields = parsed as Partial<T> & { type?: unknown };
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    typeof fields.id !== 'string' ||
    !/^[A-Za-z0-9_-]{16,1364}$/.test(fields.id) ||
    fields.type !== 'public-key' ||
    typeof fields.response !== 'object' ||
    fields.response === null
  ) {
    throw new InvalidArgumentError(
      'credential_json',
      'format',
      'is not a WebAuthn public-key credential (its toJSON())',
    );
  }
  return parsed as T;
}

/** What @simplewebauthn/server refused, as a refusal with a reason a client can act on. */
function ceremonyRefusal(error: unknown, refuse: (message: string, reason: string) => Error): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/user verification/i.test(message)) {
    return refuse(
      'the authenticator did not verify its user (PIN or biometrics): that is required here',
      'USER_NOT_VERIFIED',
    );
  }
  if (/origin/i.test(message))
    return refuse('the passkey was used from an origin this deployment does not allow', 'ORIGIN_REFUSED');
  if (/challenge/i.test(message))
    return refuse('the challenge is not this one, or it expired: start again', 'CHALLENGE_INVALID');
  if (/rp ?id/i.test(message)) return refuse('the passkey belongs to another site', 'RP_ID_REFUSED');
  return refuse(`the passkey does not verify: ${message.slice(0, 200)}`, 'PASSKEY_INVALID');
}

function passkeyMessage(passkey: PasskeySummary): object {
  return { ...passkey, transports: undefined };
}
