/**
 * The admin socket's protocol: one JSON request line from the operator's CLI, then any number of
 * progress lines and one final line from the node. The socket lives in the node's data directory
 * (mode 0600), so only the account that runs the node can use it.
 */
import { codePointLength, InvalidCommandError, parseOrgId, parseRegion } from '../../actors/index.js';
import { CertificateRole } from '../../registry/index.js';

export type AdminRequest =
  | { readonly op: 'status' }
  | { readonly op: 'seal' }
  | { readonly op: 'unseal'; readonly secret: UnsealSecret }
  | { readonly op: 'keys-status' | 'keys-rotate'; readonly org: string; readonly region?: string }
  | { readonly op: 'keys-rotate-master' }
  | { readonly op: 'keys-shred'; readonly org: string }
  | { readonly op: 'org-move'; readonly org: string; readonly to: string; readonly from?: string }
  | {
      /** Make a platform superadmin (or promote the account of that email). */
      readonly op: 'create-superadmin';
      readonly email: string;
      readonly displayName: string;
      readonly password: string;
    }
  | {
      /** Certify a key made by the operator's CLI (the private key never reaches the node). */
      readonly op: 'cert-issue';
      readonly csr: string;
      readonly role: CertificateRole;
      readonly lifetimeMs?: number;
    };

/** What an operator hands over to unseal (a key file is named by path: its bytes stay on disk). */
export type UnsealSecret =
  | { readonly type: 'passphrase'; readonly passphrase: string }
  | { readonly type: 'keyfile'; readonly path: string }
  | { readonly type: 'tpm'; readonly tcti: string }
  | { readonly type: 'shamir'; readonly shares: readonly string[] };

export type AdminLine =
  | { readonly progress: Record<string, unknown> }
  | { readonly ok: true; readonly result: unknown }
  | {
      readonly ok: false;
      readonly error: { readonly code: string; readonly message: string; readonly details?: Record<string, string> };
    };

/** The longest request line the node reads; shares and passphrases are far smaller. */
export const MAX_REQUEST_BYTES = 64 * 1024;

/** @throws InvalidCommandError (`INVALID_COMMAND`) naming the field at fault */
export function parseAdminRequest(value: unknown): AdminRequest {
  if (typeof value !== 'object' || value === null) throw new InvalidCommandError('a request is a JSON object');
  const request = value as Record<string, unknown>;
  switch (request['op']) {
    case 'status':
    case 'seal':
    case 'keys-rotate-master':
      return { op: request['op'] };
    case 'unseal':
      return { op: 'unseal', secret: parseSecret(request['secret']) };
    case 'keys-status':
    case 'keys-rotate': {
      const region = request['region'];
      if (region === undefined) return { op: request['op'], org: parseOrgId(request['org'], 'org') };
      return { op: request['op'], org: parseOrgId(request['org'], 'org'), region: parseRegion(region, 'region') };
    }
    case 'keys-shred':
      return { op: request['op'], org: parseOrgId(request['org'], 'org') };
    case 'org-move': {
      const org = parseOrgId(request['org'], 'org');
      const to = parseRegion(request['to'], 'to');
      if (request['from'] === undefined) return { op: 'org-move', org, to };
      return { op: 'org-move', org, to, from: parseRegion(request['from'], 'from') };
    }
    case 'create-superadmin': {
      const field = (name: string, max: number): string => {
        const value = request[name];
        const length = typeof value === 'string' ? codePointLength(value) : 0;
        if (typeof value !== 'string' || length === 0 || length > max) {
          throw new InvalidCommandError(`${name} must be a string of 1 to ${max} characters`, { field: name });
        }
        return value;
      };
      return {
        op: 'create-superadmin',
        email: field('email', 254),
        displayName: field('displayName', 100),
        password: field('password', 1024),
      };
    }
    case 'cert-issue': {
      const { csr, role, lifetimeMs } = request;
      if (typeof csr !== 'string' || csr.length === 0 || csr.length > 8192) {
        throw new InvalidCommandError('csr must be a PEM certificate request', { field: 'csr' });
      }
      if (typeof role !== 'string' || !Object.hasOwn(CertificateRole, role)) {
        throw new InvalidCommandError(`role must be one of ${Object.keys(CertificateRole).join(', ')}`, {
          field: 'role',
        });
      }
      if (lifetimeMs !== undefined && (typeof lifetimeMs !== 'number' || !Number.isSafeInteger(lifetimeMs))) {
        throw new InvalidCommandError('lifetimeMs must be a whole number of milliseconds', { field: 'lifetimeMs' });
      }
      const command = { op: 'cert-issue', csr, role: role as CertificateRole } as const;
      return lifetimeMs === undefined ? command : { ...command, lifetimeMs };
    }
    default:
      throw new InvalidCommandError(`unknown op "${String(request['op']).slice(0, 32)}"`, { field: 'op' });
  }
}

function parseSecret(value: unknown): UnsealSecret {
  if (typeof value !== 'object' || value === null)
    throw new InvalidCommandError('secret is required', { field: 'secret' });
  const secret = value as Record<string, unknown>;
  const text = (name: string, max: number): string => {
    const field = secret[name];
    if (typeof field !== 'string' || field.length === 0 || field.length > max) {
      throw new InvalidCommandError(`secret.${name} must be a non-empty string of at most ${max} characters`, {
        field: `secret.${name}`,
      });
    }
    return field;
  };
  switch (secret['type']) {
    case 'passphrase':
      return { type: 'passphrase', passphrase: text('passphrase', 4096) };
    case 'keyfile':
      return { type: 'keyfile', path: text('path', 4096) };
    case 'tpm':
      return { type: 'tpm', tcti: text('tcti', 512) };
    case 'shamir': {
      const shares = secret['shares'];
      if (!Array.isArray(shares) || shares.length === 0 || shares.length > 255 || !shares.every(isShareText)) {
        throw new InvalidCommandError('secret.shares must be 1 to 255 share lines', { field: 'secret.shares' });
      }
      return { type: 'shamir', shares: shares as string[] };
    }
    default:
      throw new InvalidCommandError('secret.type must be passphrase, keyfile, tpm or shamir', { field: 'secret.type' });
  }
}

function isShareText(share: unknown): boolean {
  return typeof share === 'string' && share.length > 0 && share.length <= 1024;
}
