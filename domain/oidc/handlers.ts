/** What an org's OIDC providers accept, and how they decide. */
import {
  CommandRejectedError,
  fieldsOf,
  Format,
  formatField,
  integerField,
  InvalidCommandError,
  NotFoundError,
  oneOf,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { ROLES } from '../account/protocol.js';
import type {
  OidcProviderConfig,
  OidcProvidersCommand,
  OidcProvidersEvent,
  OidcProvidersReply,
  OidcProvidersState,
} from './protocol.js';
import { MAX_OIDC_PROVIDERS, MAX_SPENT_STATES } from './protocol.js';

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const HTTPS_URL = /^https:\/\/[^\s#?]{1,492}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** An acr value: printable, no spaces (they separate values in acr_values). */
const ACR = /^[\x21-\x7e]{1,200}$/;
const MAX_ACR_VALUES = 10;

export function parseOidcProvidersCommand(payload: unknown): OidcProvidersCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'set':
      return { type: 'set', provider: parseProvider(fieldsOf(fields['provider'])) };
    case 'remove':
    case 'connection':
      return { type: fields['type'], providerId: stringField(fields, 'providerId', { max: 32, pattern: PROVIDER_ID }) };
    case 'list':
      return { type: 'list' };
    case 'signedIn':
      return {
        type: 'signedIn',
        accountId: formatField(fields, 'accountId', Format.accountId),
        providerId: stringField(fields, 'providerId', { max: 32, pattern: PROVIDER_ID }),
        linked: fields['linked'] === true,
      };
    case 'spendState':
      return {
        type: 'spendState',
        hash: stringField(fields, 'hash', { min: 64, max: 64, pattern: SHA256_HEX }),
        expiresAt: integerField(fields, 'expiresAt', 0, Number.MAX_SAFE_INTEGER),
      };
    default:
      throw unknownCommand('oidc-providers', fields);
  }
}

function parseProvider(fields: Record<string, unknown>): OidcProviderConfig {
  const acrList = (name: string): string[] => {
    const list = fields[name];
    if (
      !Array.isArray(list) ||
      list.length > MAX_ACR_VALUES ||
      !list.every((value) => typeof value === 'string' && ACR.test(value))
    ) {
      throw new InvalidCommandError(
        `provider.${name} must be a list of at most ${MAX_ACR_VALUES} acr values (no spaces)`,
        {
          field: name,
        },
      );
    }
    return list as string[];
  };
  return {
    providerId: stringField(fields, 'providerId', { max: 32, pattern: PROVIDER_ID }),
    displayName: stringField(fields, 'displayName', { max: 100, format: Format.name }),
    issuer: stringField(fields, 'issuer', { max: 500, pattern: HTTPS_URL }),
    clientId: stringField(fields, 'clientId', { max: 500 }),
    clientSecret: stringField(fields, 'clientSecret', { max: 1000 }),
    caPem: stringField(fields, 'caPem', { min: 0, max: 20_000 }),
    acrValues: acrList('acrValues'),
    trustUpstreamMfa: fields['trustUpstreamMfa'] === true,
    mfaAcrValues: acrList('mfaAcrValues'),
    defaultRole: oneOf(fields, 'defaultRole', ROLES),
  };
}

export function decideOidcProviders(
  state: OidcProvidersState,
  command: OidcProvidersCommand,
  context: EntityContext,
): Decision<OidcProvidersEvent, OidcProvidersReply> {
  const at = context.now;
  const ok = { ok: true } as const;
  const find = (providerId: string): OidcProviderConfig => {
    const provider = state.providers[providerId];
    if (provider === undefined) {
      throw new NotFoundError(`org ${context.id} has no OIDC provider ${providerId}`, {
        what: 'oidc provider',
        id: providerId,
      });
    }
    return provider;
  };
  switch (command.type) {
    case 'set': {
      const { providerId } = command.provider;
      if (state.providers[providerId] === undefined && Object.keys(state.providers).length >= MAX_OIDC_PROVIDERS) {
        throw new CommandRejectedError('TOO_MANY_PROVIDERS', `an org has at most ${MAX_OIDC_PROVIDERS} OIDC providers`);
      }
      return { events: [{ type: 'set', provider: command.provider, at }], reply: ok };
    }
    case 'remove':
      find(command.providerId);
      return { events: [{ type: 'removed', providerId: command.providerId, at }], reply: ok };
    case 'list':
      return {
        events: [],
        reply: {
          providers: Object.values(state.providers).map(({ clientSecret: _secret, caPem: _ca, ...view }) => view),
        },
      };
    case 'connection':
      return { events: [], reply: find(command.providerId) };
    case 'signedIn': {
      find(command.providerId);
      const { accountId, providerId, linked } = command;
      return { events: [{ type: 'signedIn', accountId, providerId, linked, at }], reply: ok };
    }
    case 'spendState': {
      const spentUntil = state.spent[command.hash];
      if (spentUntil !== undefined && spentUntil > at) {
        throw new CommandRejectedError('STATE_REUSED', 'this sign-in was finished already: start again');
      }
      if (command.expiresAt <= at)
        throw new CommandRejectedError('STATE_EXPIRED', 'this sign-in took too long: start again');
      if (Object.keys(state.spent).length >= MAX_SPENT_STATES) {
        throw new CommandRejectedError('TOO_MANY_SIGN_INS', 'too many sign-ins at once: try again in a few minutes');
      }
      return { events: [{ type: 'stateSpent', hash: command.hash, expiresAt: command.expiresAt, at }], reply: ok };
    }
  }
}
