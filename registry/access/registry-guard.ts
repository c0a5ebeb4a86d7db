/**
 * The guard of a node that hosts registry entities: every request to a registry entity must carry
 * a credential (see request-credential.ts). A registry MAC admits any command; a node certificate
 * admits only what nodes do (fetch data and signing keys, renew their own certificate, read the
 * CA bundle and the org directory, serve prekey bundles). Nothing else reaches a keyset, the CA or
 * the signing keys: not a stray NATS client, not a node asking to shred an org.
 */
import { timingSafeEqual, verify } from 'node:crypto';
import type { X509Certificate } from 'node:crypto';
import { credentialMessage, keyScopeOf, RequestDeniedError } from '../../actors/index.js';
import type { GuardedRequest, RequestGuard } from '../../actors/index.js';
import { acme } from '../acme/index.js';
import { namesOf } from '../ca/node-certificate.js';
import { verifyCsr } from '../ca/x509.js';
import type { CaCommand } from '../ca/protocol.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import type { Vault } from '../vault/vault.js';
import type { CaTrust } from './ca-trust.js';
import { decodeCredential, requestMac, requestMacKeys } from './request-credential.js';

const ACME_COMMANDS = Object.keys(acme.commands);

/** The commands a node certificate may send, by kind. */
export const NODE_COMMANDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  keyset: ['fetch'],
  'signing-keys': ['fetch', 'jwks'],
  ca: ['issue', 'certificate'],
  'org-home': ['lookup', 'assign'],
  'account-home': ['lookup', 'assign'],
  prekeys: ['publish', 'claim', 'status'],
  'audit-signer': ['sign', 'publicKeys'],
  // Only certificates with the node role (server and client): see checkNodeRole.
  'envelope-keys': ['fetch'],
  // Gateways keep the public certificates and answer ACME challenges (node role only).
  acme: ACME_COMMANDS,
});

/** Commands that a certificate without the node role (a client-only certificate) may not send. */
const NODE_ROLE_COMMANDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'envelope-keys': ['fetch'],
  acme: ACME_COMMANDS,
});

/** What the guard needs: the vault (for registry MACs) and the CA trust (for node certificates). */
export interface RegistryGuardParts {
  readonly vault: Vault;
  readonly trust: CaTrust;
}

export function registryGuard(parts: RegistryGuardParts): RequestGuard {
  const macKeyOf = requestMacKeys(parts.vault);
  return async (request) => {
    const credential = decodeCredential(request.credential);
    if (credential.t === 'registry') {
      const expected = requestMac(macKeyOf(credential.v), request);
      const given = Buffer.from(credential.mac, 'base64');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new RequestDeniedError('the registry credential does not match the request', 'BAD_MAC');
      }
      return;
    }
    if (credential.t !== 'node') {
      throw new RequestDeniedError(
        'registry entities take a registry MAC or a node certificate, not an envelope MAC',
        'NOT_A_REGISTRY_CREDENTIAL',
      );
    }
    const certificate = await parts.trust.verify(credential.cert);
    if (!verify('sha256', credentialMessage(request), certificate.publicKey, Buffer.from(credential.sig, 'base64'))) {
      throw new RequestDeniedError('the node signature does not match the request', 'BAD_SIGNATURE');
    }
    if (!(NODE_COMMANDS[request.kind] ?? []).includes(request.method)) {
      throw new RequestDeniedError(
        `a node certificate may not send ${request.kind}.${request.method}: that is the registry's to do`,
        'NOT_FOR_NODES',
      );
    }
    if (request.kind === 'ca' && request.method === 'issue') checkRenewal(request, certificate);
    if ((NODE_ROLE_COMMANDS[request.kind] ?? []).includes(request.method) && !isNodeRole(certificate)) {
      throw new RequestDeniedError(
        `${request.kind}.${request.method} is for nodes and gateways: this certificate has no node role`,
        'NOT_A_NODE',
      );
    }
  };
}

/**
 * The guard of a node by scope: registry entities answer to `registry` (a registry MAC or a node
 * certificate), every other entity to `data` (an envelope MAC). A node without one of them
 * refuses that whole scope.
 */
export function scopedGuard(guards: { readonly registry?: RequestGuard; readonly data?: RequestGuard }): RequestGuard {
  return (request) => {
    const registry = keyScopeOf(request.definition, request.id) === REGISTRY_SCOPE;
    const guard = registry ? guards.registry : guards.data;
    if (guard === undefined) {
      throw new RequestDeniedError(
        `this node takes no requests for ${registry ? 'registry' : 'data'} entities`,
        'NOT_SERVED_HERE',
      );
    }
    return guard(request);
  };
}

/** The node role: a certificate for both ends of TLS, as `redoubt cert issue` makes for nodes. */
function isNodeRole(certificate: X509Certificate): boolean {
  const usages = certificate.keyUsage ?? [];
  return usages.includes(SERVER_AUTH) && usages.includes(CLIENT_AUTH);
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/**
 * A node renews its own certificate only: the request's names must be among the presented
 * certificate's (same CN), and its role may not add a usage the certificate lacks.
 */
function checkRenewal(request: GuardedRequest, certificate: X509Certificate): void {
  const command = request.command() as CaCommand & { type: 'issue' };
  const csr = verifyCsr(command.csr);
  const held = namesOf(certificate);
  const refuse = (what: string) => new RequestDeniedError(`a node renews only its own names: ${what}`, 'NOT_OWN_NAMES');
  if (csr.commonName !== held.commonName)
    throw refuse(`CN "${csr.commonName ?? ''}" is not "${held.commonName ?? ''}"`);
  for (const name of csr.dnsNames) if (!held.dnsNames.includes(name)) throw refuse(`DNS name ${name}`);
  for (const ip of csr.ipAddresses) if (!held.ipAddresses.includes(ip)) throw refuse(`IP address ${ip}`);
  const serverAuth = (certificate.keyUsage ?? []).includes(SERVER_AUTH);
  if (command.role !== 'client' && !serverAuth) throw refuse(`role ${command.role} adds serverAuth`);
}
