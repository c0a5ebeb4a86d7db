/** What a service handler learns about the call besides its request. */
import type { AskOptions, Caller } from '../actors/index.js';
import type { AccessClaims } from './access-tokens.js';
import { assuranceOf, newestFactorAt } from '../domain/session/assurance.js';

export interface CallContext {
  /** The authenticated caller; undefined on public methods called without a token. */
  readonly caller: AccessClaims | undefined;
  /** Absolute deadline of the call (ms since the epoch), passed on to every entity ask. */
  readonly deadline: number;
  /** The issue the change serves (metadata `x-redoubt-issue`), for provenance; '' when none. */
  readonly issueId: string;
  /** The client's address as the gateway sees it. */
  readonly peer: string;
  /** The call's idempotency key, scoped to method, caller and request (see idempotency-key.ts). */
  idempotencyKey(): string;
}

/** Ask options that carry the call's deadline and caller to the entity (for reads). */
export function askOptions(context: CallContext, orgId = ''): AskOptions {
  return { deadline: context.deadline, caller: { ...apiCaller(context), orgId } };
}

/** The caller as entities see it: by the API path, with the token's account, session and assurance. */
export function apiCaller(context: CallContext): Caller {
  const factors = context.caller?.factors ?? [];
  const { level, phishingResistant } = assuranceOf(factors);
  return {
    origin: 'api',
    accountId: context.caller?.accountId ?? '',
    sessionId: context.caller?.sessionId ?? '',
    superadmin: context.caller?.superadmin ?? false,
    orgId: '',
    issueId: context.issueId,
    ...(level === 0 ? {} : { assuranceLevel: level, phishingResistant, factorAt: newestFactorAt(factors) }),
  };
}

/** The authenticated caller. @throws Error when called on an unauthenticated call (a bug: authz runs first) */
export function callerOf(context: CallContext): AccessClaims {
  if (context.caller === undefined) throw new Error('handler of a non-public method reached without a caller');
  return context.caller;
}
