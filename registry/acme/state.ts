/** The ACME entity's state and its fold. */
import type { AcmeEvent } from './protocol.js';

export interface AcmeState {
  readonly accounts: Readonly<Record<string, { readonly url: string; readonly key: string }>>;
  /** By the names joined with ",", sorted. */
  readonly certificates: Readonly<
    Record<
      string,
      {
        readonly names: readonly string[];
        readonly cert: string;
        readonly key: string;
        readonly notAfter: number;
        readonly issuedAt: number;
      }
    >
  >;
  readonly http: Readonly<Record<string, { readonly keyAuthorization: string; readonly expiresAt: number }>>;
  readonly alpn: Readonly<Record<string, { readonly cert: string; readonly key: string; readonly expiresAt: number }>>;
}

export function initialAcme(): AcmeState {
  return { accounts: {}, certificates: {}, http: {}, alpn: {} };
}

/** The key of a set of names: sorted, joined. */
export function namesKey(names: readonly string[]): string {
  return [...names].sort().join(',');
}

export function evolveAcme(state: AcmeState, event: AcmeEvent): AcmeState {
  switch (event.type) {
    case 'accountSaved':
      return { ...state, accounts: { ...state.accounts, [event.directoryUrl]: { url: event.url, key: event.key } } };
    case 'certificateSaved': {
      const { names, cert, key, notAfter, at } = event;
      return {
        ...state,
        certificates: { ...state.certificates, [namesKey(names)]: { names, cert, key, notAfter, issuedAt: at } },
      };
    }
    case 'httpChallengePut': {
      const { token, keyAuthorization, expiresAt } = event;
      return { ...state, http: { ...state.http, [token]: { keyAuthorization, expiresAt } } };
    }
    case 'alpnChallengePut': {
      const { domain, cert, key, expiresAt } = event;
      return { ...state, alpn: { ...state.alpn, [domain]: { cert, key, expiresAt } } };
    }
    case 'challengeDropped': {
      const http = { ...state.http };
      const alpn = { ...state.alpn };
      if (event.token !== undefined) delete http[event.token];
      if (event.domain !== undefined) delete alpn[event.domain];
      return { ...state, http, alpn };
    }
  }
}
