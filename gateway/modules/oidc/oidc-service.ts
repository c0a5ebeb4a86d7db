/**
 * OidcService: an org's OpenID Connect providers, and signing in with them (the code flow with
 * PKCE, state and nonce; oidc-client.ts talks to the provider). A person is found by the
 * provider's issuer and subject (the `oidc-subject` index), never by address: a first sign-in
 * whose address already has an account is refused (EMAIL_TAKEN) until that account's owner,
 * signed in, links the identity (StartOidcLogin with link). The provider's MFA counts as a second
 * factor only where the org trusts it (`trust_upstream_mfa`).
 */
import { isNotFound, isRejected, UnavailableError } from '../../../actors/index.js';
import { account, accountOfEmail, addMember, claimant } from '../../../domain/index.js';
import type { AccountProfile, CredentialsReply, OrgRole, Workflow } from '../../../domain/index.js';
import { oidcProviders, oidcSubject } from '../../../domain/oidc/index.js';
import type { OidcProviderConfig, OidcProviderView } from '../../../domain/oidc/index.js';
import type { CallContext } from '../../call-context.js';
import { InvalidArgumentError, PermissionDeniedError, UnauthenticatedError } from '../../errors.js';
import type { UnaryHandler } from '../../pipeline.js';
import { ENTITY_ROLE, PROTO_ROLE } from '../../role-names.js';
import { refuseInactive } from '../../services/auth-service.js';
import { externalDisplayName, signUpExternal } from '../../services/external-accounts.js';
import { workflowOf } from '../../services/service-parts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { signInSession } from '../../services/sign-in-session.js';
import { LOGIN_STATE_MS, LoginStates } from './login-state.js';
import { OidcClients, ProviderRefusal, ProviderUnreachable } from './oidc-client.js';
import type { ProviderIdentity } from './oidc-client.js';
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';

type Request = Record<string, unknown>;

/** The amr values that say the provider used more than one factor (RFC 8176). */
const MFA_AMR = new Set(['mfa']);
const CALLBACK_PATH = '/oidc/callback';

export function oidcService(parts: ServiceParts): Record<string, UnaryHandler> {
  const text = (request: Request, name: string) => String(request[name] ?? '');
  const clients = new OidcClients();
  const states = new LoginStates(() => parts.pepper('oidc-login-state', 'v1'));
  const subjectId = (identity: ProviderIdentity) =>
    parts.pepper('oidc-subject', `${identity.issuer}\n${identity.subject}`);

  async function providerOf(flow: Workflow, orgId: string, providerId: string): Promise<OidcProviderConfig> {
    try {
      return (await flow.read(oidcProviders, orgId, { type: 'connection', providerId }, orgId)) as OidcProviderConfig;
    } catch (error) {
      if (isNotFound(error)) {
        throw new UnauthenticatedError(`org ${orgId} has no sign-in provider ${providerId}`, 'NO_PROVIDER');
      }
      throw error;
    }
  }

  /** A redirect URI the gateway may hand to a provider: its own callback page, or a native app's loopback. */
  function checkRedirect(uri: string): void {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      throw new InvalidArgumentError('redirect_uri', 'REDIRECT_NOT_ALLOWED', 'must be a URL');
    }
    const ownPage = parts.web.origins().includes(url.origin) && url.pathname === CALLBACK_PATH;
    const loopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '[::1]');
    if (!ownPage && !loopback) {
      throw new InvalidArgumentError(
        'redirect_uri',
        'REDIRECT_NOT_ALLOWED',
        `must be ${CALLBACK_PATH} at one of the gateway's web origins, or a loopback http://127.0.0.1:PORT/ URL`,
      );
    }
  }

  /** The account the identity is, made at its first sign-in. */
  async function accountFor(
    flow: Workflow,
    context: CallContext,
    state: { orgId: string; linkAccountId: string },
    provider: OidcProviderConfig,
    identity: ProviderIdentity,
  ): Promise<string> {
    const indexId = subjectId(identity);
    const linked = await claimant(flow, oidcSubject, indexId);
    const permission = 'auth.oidc.finish';
    if (state.linkAccountId !== '') {
      if (context.caller?.accountId !== state.linkAccountId) {
        throw new PermissionDeniedError(
          'finish linking signed in as the account that started it',
          permission,
          'LINK_NEEDS_SIGN_IN',
        );
      }
      if (linked !== undefined && linked !== state.linkAccountId) {
        throw new PermissionDeniedError('that identity is linked to another account', permission, 'IDENTITY_LINKED');
      }
      await flow.change(oidcSubject, indexId, { type: 'claim', accountId: state.linkAccountId });
      await joinOrg(flow, state.orgId, state.linkAccountId, provider.defaultRole);
      return state.linkAccountId;
    }
    if (linked !== undefined) {
      // One provider may serve several orgs: signing in through this org's makes its member (not
      // for an account that is deactivated).
      refuseInactive((await flow.read(account, linked, { type: 'credentials' })) as CredentialsReply, permission);
      await joinOrg(flow, state.orgId, linked, provider.defaultRole);
      return linked;
    }
    if (identity.email === '' || !identity.emailVerified) {
      throw new PermissionDeniedError('the provider vouches for no address of yours', permission, 'EMAIL_UNVERIFIED');
    }
    if ((await accountOfEmail(flow, parts.emailIds(identity.email))) !== undefined) {
      throw new PermissionDeniedError(
        'an account with your address exists already: Redoubt never joins accounts by address alone. Sign in to it and link this provider from there',
        permission,
        'EMAIL_TAKEN',
      );
    }
    // Claimed before the account is made: two first sign-ins at once make one account.
    const accountId = flow.newId('acc', 'account');
    await flow.change(oidcSubject, indexId, { type: 'claim', accountId }).catch(async (error: unknown) => {
      if (!isRejected(error, 'ALREADY_EXISTS')) throw error;
    });
    const owner = await claimant(flow, oidcSubject, indexId);
    if (owner !== accountId) return owner!;
    await signUpExternal(flow, parts, {
      email: identity.email,
      displayName: externalDisplayName(identity.name, identity.email),
      orgId: state.orgId,
    });
    await joinOrg(flow, state.orgId, accountId, provider.defaultRole);
    return accountId;
  }

  async function joinOrg(flow: Workflow, orgId: string, accountId: string, role: OrgRole): Promise<void> {
    const profile = (await flow.read(account, accountId, { type: 'profile' })) as AccountProfile;
    if (profile.memberships[orgId] !== undefined) return;
    await addMember(flow, { orgId, accountId, role });
    parts.roles.forget(orgId, accountId);
  }

  return {
    async SetOidcProvider(request, context) {
      const orgId = text(request, 'orgId');
      const provider: OidcProviderConfig = {
        providerId: text(request, 'providerId'),
        displayName: text(request, 'displayName'),
        issuer: text(request, 'issuer').replace(/\/$/, ''),
        clientId: text(request, 'clientId'),
        clientSecret: text(request, 'clientSecret'),
        caPem: text(request, 'caPem'),
        acrValues: (request['acrValues'] ?? []) as string[],
        trustUpstreamMfa: request['trustUpstreamMfa'] === true,
        mfaAcrValues: (request['mfaAcrValues'] ?? []) as string[],
        defaultRole: ENTITY_ROLE[text(request, 'defaultRole')]!,
      };
      // A provider whose discovery document does not load is refused now, not at the first sign-in.
      await asCall(clients.configuration(provider));
      const flow = workflowOf(parts, context);
      await flow.change(oidcProviders, orgId, { type: 'set', provider }, { orgId });
      const { clientSecret: _secret, caPem: _ca, ...view } = provider;
      return providerMessage(view);
    },

    async GetOidcProviders(request, context) {
      return { providers: (await listOf(workflowOf(parts, context), text(request, 'orgId'))).map(providerMessage) };
    },

    async RemoveOidcProvider(request, context) {
      const orgId = text(request, 'orgId');
      await workflowOf(parts, context).change(
        oidcProviders,
        orgId,
        { type: 'remove', providerId: text(request, 'providerId') },
        { orgId },
      );
      return {};
    },

    async ListSignInProviders(request, context) {
      const providers = await listOf(workflowOf(parts, context), text(request, 'orgId'));
      return { providers: providers.map(({ providerId, displayName }) => ({ providerId, displayName })) };
    },

    async StartOidcLogin(request, context) {
      const orgId = text(request, 'orgId');
      const redirectUri = text(request, 'redirectUri');
      checkRedirect(redirectUri);
      const link = request['link'] === true;
      if (link && context.caller === undefined) {
        throw new UnauthenticatedError('linking a provider needs you signed in', 'LINK_NEEDS_SIGN_IN');
      }
      const provider = await providerOf(workflowOf(parts, context), orgId, text(request, 'providerId'));
      const state = {
        orgId,
        providerId: provider.providerId,
        redirectUri,
        codeVerifier: randomPKCECodeVerifier(),
        state: randomState(),
        nonce: randomNonce(),
        expiresAt: Date.now() + LOGIN_STATE_MS,
        linkAccountId: link ? context.caller!.accountId : '',
      };
      return {
        authorizationUrl: await asCall(clients.authorizationUrl(provider, state)),
        loginState: states.seal(state),
      };
    },

    async FinishOidcLogin(request, context) {
      const sealed = text(request, 'loginState');
      const state = states.open(sealed);
      if (state === undefined)
        throw new UnauthenticatedError('this sign-in is not one of ours: start again', 'BAD_LOGIN_STATE');
      let callback: URL;
      try {
        callback = new URL(text(request, 'callbackUrl'));
      } catch {
        throw new InvalidArgumentError('callback_url', 'url', 'must be the URL the provider redirected to');
      }
      if (
        callback.origin + callback.pathname !==
        new URL(state.redirectUri).origin + new URL(state.redirectUri).pathname
      ) {
        throw new UnauthenticatedError('the callback is not where this sign-in was to return', 'STATE_MISMATCH');
      }
      const flow = workflowOf(parts, context);
      const { orgId } = state;
      // Spent before the provider is asked: a callback works once, whatever happens next.
      await flow
        .change(
          oidcProviders,
          orgId,
          { type: 'spendState', hash: LoginStates.hash(sealed), expiresAt: state.expiresAt },
          { orgId },
        )
        .catch((error: unknown) => {
          for (const reason of ['STATE_REUSED', 'STATE_EXPIRED']) {
            if (isRejected(error, reason)) throw new UnauthenticatedError((error as Error).message, reason);
          }
          throw error;
        });
      const provider = await providerOf(flow, orgId, state.providerId);
      const identity = await asCall(clients.finish(provider, callback, state));
      if (provider.acrValues.length > 0 && !provider.acrValues.includes(identity.acr)) {
        throw new UnauthenticatedError(
          `the provider signed you in at ${identity.acr === '' ? 'an unstated level' : identity.acr}, not one the org asks for`,
          'ACR_NOT_MET',
        );
      }
      const accountId = await accountFor(flow, context, state, provider, identity);
      const credentials = (await flow.read(account, accountId, { type: 'credentials' })) as CredentialsReply;
      refuseInactive(credentials, 'auth.oidc.finish');
      const upstreamMfa =
        provider.trustUpstreamMfa &&
        (provider.mfaAcrValues.includes(identity.acr) || identity.amr.some((value) => MFA_AMR.has(value)));
      const tokens = await signInSession(flow, parts, {
        accountId,
        superadmin: credentials.superadmin,
        device: text(request, 'device'),
        factor: 'oidc',
        ...(upstreamMfa ? { alsoFactor: 'oidc_mfa' as const } : {}),
      });
      await flow.change(
        oidcProviders,
        orgId,
        { type: 'signedIn', accountId, providerId: provider.providerId, linked: state.linkAccountId !== '' },
        { orgId },
      );
      return tokens;
    },
  };
}

async function listOf(flow: Workflow, orgId: string): Promise<readonly OidcProviderView[]> {
  try {
    return ((await flow.read(oidcProviders, orgId, { type: 'list' }, orgId)) as { providers: OidcProviderView[] })
      .providers;
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** Provider refusals as UNAUTHENTICATED with their reason, unreachable providers as UNAVAILABLE. */
async function asCall<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ProviderRefusal) throw new UnauthenticatedError(error.message, error.reason);
    if (error instanceof ProviderUnreachable) throw new UnavailableError(`the sign-in provider: ${error.message}`);
    throw error;
  }
}

function providerMessage(view: OidcProviderView): object {
  return { ...view, defaultRole: PROTO_ROLE[view.defaultRole] };
}
