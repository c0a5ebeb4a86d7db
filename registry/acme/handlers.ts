/** Validation and decisions of the ACME entity. */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { CommandRejectedError, InvalidCommandError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { recipientField, sealToRecipient } from '../keyset/key-transport.js';
import { isDnsName } from './dns-name.js';
import { MAX_CHALLENGE_TTL_MS } from './protocol.js';
import type { AcmeCommand, AcmeEvent, AcmeReply } from './protocol.js';
import { namesKey } from './state.js';
import type { AcmeState } from './state.js';

const MAX_NAMES = 100;
const MAX_URL = 2_048;
const MAX_KEY_PEM = 8_192;
const MAX_CERT_PEM = 65_536;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const KEY_AUTHORIZATION = /^[A-Za-z0-9_-]{16,128}\.[A-Za-z0-9_-]{43}$/;

type Fields = Record<string, unknown>;

const invalid = (field: string, message: string) => new InvalidCommandError(`${field} ${message}`, { field });

function text(fields: Fields, field: string, max: number): string {
  const value = fields[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw invalid(field, `must be a string of 1 to ${max} characters`);
  }
  return value;
}

function httpsUrl(fields: Fields, field: string): string {
  const value = text(fields, field, MAX_URL);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(field, 'must be an https:// URL');
  }
  if (url.protocol !== 'https:') throw invalid(field, 'must be an https:// URL');
  return value;
}

function domain(fields: Fields, field: string): string {
  const value = fields[field];
  if (typeof value !== 'string' || !isDnsName(value)) {
    throw invalid(field, 'must be a lowercase DNS name such as api.example.org (no wildcard)');
  }
  return value;
}

function names(fields: Fields): string[] {
  const value = fields['names'];
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_NAMES) {
    throw invalid('names', `must list 1 to ${MAX_NAMES} DNS names`);
  }
  const list = value.map((name) => domain({ name }, 'name'));
  if (new Set(list).size !== list.length) throw invalid('names', 'must not repeat a name');
  return [...list].sort();
}

/** An ACME token (base64url), or `undefined` when optional and absent. */
function token(fields: Fields, optional: true): string | undefined;
function token(fields: Fields): string;
function token(fields: Fields, optional = false): string | undefined {
  const value = fields['token'];
  if (optional && value === undefined) return undefined;
  if (typeof value !== 'string' || !TOKEN.test(value)) throw invalid('token', 'must be an ACME token (base64url)');
  return value;
}

function privateKeyPem(fields: Fields, field: string): string {
  const pem = text(fields, field, MAX_KEY_PEM);
  try {
    createPrivateKey(pem);
  } catch {
    throw invalid(field, 'must be a PEM private key');
  }
  return pem;
}

function ttl(fields: Fields): number {
  const value = fields['ttlMs'];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1_000 || value > MAX_CHALLENGE_TTL_MS) {
    throw invalid('ttlMs', `must be a whole number of milliseconds from 1000 to ${MAX_CHALLENGE_TTL_MS}`);
  }
  return value;
}

/** A PEM chain whose first certificate matches `key`. */
function certificateFor(fields: Fields, field: string, key: string): string {
  const cert = text(fields, field, MAX_CERT_PEM);
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(cert);
  } catch {
    throw invalid(field, 'must be a PEM certificate chain');
  }
  if (!leaf.checkPrivateKey(createPrivateKey(key))) throw invalid(field, 'is not the certificate of this key');
  return cert;
}

/** @throws InvalidCommandError naming the field at fault */
export function parseAcmeCommand(payload: unknown): AcmeCommand {
  const fields = (typeof payload === 'object' && payload !== null ? payload : {}) as Fields;
  switch (fields['type']) {
    case 'account':
      return { type: 'account', directoryUrl: httpsUrl(fields, 'directoryUrl'), recipient: recipientField(fields) };
    case 'saveAccount':
      return {
        type: 'saveAccount',
        directoryUrl: httpsUrl(fields, 'directoryUrl'),
        url: httpsUrl(fields, 'url'),
        key: privateKeyPem(fields, 'key'),
      };
    case 'certificate':
      return { type: 'certificate', names: names(fields), recipient: recipientField(fields) };
    case 'saveCertificate': {
      const key = privateKeyPem(fields, 'key');
      const cert = certificateFor(fields, 'cert', key);
      return { type: 'saveCertificate', names: names(fields), cert, key };
    }
    case 'putHttpChallenge': {
      const pending = token(fields);
      const keyAuthorization = fields['keyAuthorization'];
      if (typeof keyAuthorization !== 'string' || !KEY_AUTHORIZATION.test(keyAuthorization)) {
        throw invalid('keyAuthorization', 'must be "<token>.<account key thumbprint>"');
      }
      if (!keyAuthorization.startsWith(`${pending}.`)) throw invalid('keyAuthorization', 'must start with the token');
      return { type: 'putHttpChallenge', token: pending, keyAuthorization, ttlMs: ttl(fields) };
    }
    case 'putAlpnChallenge': {
      const key = privateKeyPem(fields, 'key');
      const cert = certificateFor(fields, 'cert', key);
      return { type: 'putAlpnChallenge', domain: domain(fields, 'domain'), cert, key, ttlMs: ttl(fields) };
    }
    case 'dropChallenge': {
      const held = token(fields, true);
      const dropped = fields['domain'] === undefined ? undefined : domain(fields, 'domain');
      if (held === undefined && dropped === undefined) throw invalid('token', 'or domain must be given');
      return {
        type: 'dropChallenge',
        ...(held === undefined ? {} : { token: held }),
        ...(dropped === undefined ? {} : { domain: dropped }),
      };
    }
    case 'httpChallenge':
      return { type: 'httpChallenge', token: token(fields) };
    case 'alpnChallenge':
      return { type: 'alpnChallenge', domain: domain(fields, 'domain') };
    default:
      throw new InvalidCommandError(`unknown acme command "${String(fields['type']).slice(0, 64)}"`, { field: 'type' });
  }
}

/** The associated data of keys sealed by the ACME entity: which entity they are from. */
export function acmeSealContext(id: string): string {
  return `acme/${id}`;
}

export function decideAcme(
  state: AcmeState,
  command: AcmeCommand,
  context: EntityContext,
): Decision<AcmeEvent, AcmeReply> {
  const seal = (recipient: string, key: string): string => {
    const plaintext = Buffer.from(key);
    try {
      return Buffer.from(
        sealToRecipient(Buffer.from(recipient, 'base64'), plaintext, acmeSealContext(context.id), (n) =>
          context.random(n),
        ),
      ).toString('base64');
    } catch {
      throw new InvalidCommandError('recipient is not a usable X25519 public key', { field: 'recipient' });
    } finally {
      plaintext.fill(0);
    }
  };
  const live = (expiresAt: number) => expiresAt > context.now;
  switch (command.type) {
    case 'account': {
      const account = state.accounts[command.directoryUrl];
      return {
        events: [],
        reply: {
          account:
            account === undefined
              ? null
              : {
                  directoryUrl: command.directoryUrl,
                  url: account.url,
                  sealedKey: seal(command.recipient, account.key),
                },
        },
      };
    }
    case 'saveAccount': {
      const { directoryUrl, url, key } = command;
      const held = state.accounts[directoryUrl];
      // One account per directory: a second registration (two gateways racing) keeps the first.
      if (held !== undefined && held.url !== url) {
        throw new CommandRejectedError('ACCOUNT_EXISTS', `an account for ${directoryUrl} is already kept`);
      }
      if (held !== undefined) return { events: [], reply: {} };
      return { events: [{ type: 'accountSaved', directoryUrl, url, key }], reply: {} };
    }
    case 'certificate': {
      const held = state.certificates[namesKey(command.names)];
      return {
        events: [],
        reply: {
          certificate:
            held === undefined
              ? null
              : {
                  names: held.names,
                  cert: held.cert,
                  notAfter: held.notAfter,
                  issuedAt: held.issuedAt,
                  sealedKey: seal(command.recipient, held.key),
                },
        },
      };
    }
    case 'saveCertificate': {
      const { names, cert, key } = command;
      const notAfter = Date.parse(new X509Certificate(cert).validTo);
      const held = state.certificates[namesKey(names)];
      // Two gateways renewing at once: the later certificate wins, an older one is not put back.
      if (held !== undefined && held.notAfter > notAfter) return { events: [], reply: {} };
      return { events: [{ type: 'certificateSaved', names, cert, key, notAfter, at: context.now }], reply: {} };
    }
    case 'putHttpChallenge': {
      const { token, keyAuthorization, ttlMs } = command;
      return {
        events: [
          ...expired(state, context.now),
          { type: 'httpChallengePut', token, keyAuthorization, expiresAt: context.now + ttlMs },
        ],
        reply: {},
      };
    }
    case 'putAlpnChallenge': {
      const { domain, cert, key, ttlMs } = command;
      return {
        events: [
          ...expired(state, context.now),
          { type: 'alpnChallengePut', domain, cert, key, expiresAt: context.now + ttlMs },
        ],
        reply: {},
      };
    }
    case 'dropChallenge': {
      const known =
        (command.token !== undefined && state.http[command.token] !== undefined) ||
        (command.domain !== undefined && state.alpn[command.domain] !== undefined);
      const { token, domain } = command;
      const event: AcmeEvent = {
        type: 'challengeDropped',
        ...(token === undefined ? {} : { token }),
        ...(domain === undefined ? {} : { domain }),
      };
      return { events: known ? [event] : [], reply: {} };
    }
    case 'httpChallenge': {
      const held = state.http[command.token];
      return {
        events: [],
        reply: { keyAuthorization: held !== undefined && live(held.expiresAt) ? held.keyAuthorization : null },
      };
    }
    case 'alpnChallenge': {
      const held = state.alpn[command.domain];
      return {
        events: [],
        reply: { challenge: held !== undefined && live(held.expiresAt) ? { cert: held.cert, key: held.key } : null },
      };
    }
  }
}

/** Events that drop the challenges past their time. */
function expired(state: AcmeState, now: number): AcmeEvent[] {
  return [
    ...Object.entries(state.http)
      .filter(([, held]) => held.expiresAt <= now)
      .map(([token]): AcmeEvent => ({ type: 'challengeDropped', token })),
    ...Object.entries(state.alpn)
      .filter(([, held]) => held.expiresAt <= now)
      .map(([domain]): AcmeEvent => ({ type: 'challengeDropped', domain })),
  ];
}
