/**
 * Role-change announcements: the gateways cache who holds which role in an org (authorization
 * runs on every call), and a node that commits a change of an org's members or a project's
 * policy says so on NATS, so every gateway drops that org's entries at once instead of serving
 * them until they expire. An announcement carries no authority: a forged one only makes gateways
 * ask the org again.
 */
import { isOrgId } from '../actors/index.js';
import type { Subscription, Transport } from '../actors/index.js';

export const ROLES_CHANGED_SUBJECT = 'rdt.roles-changed';

/** The audited actions (see domain/audit) after which a cached role or standing may be wrong. */
const ROLE_ACTIONS = ['org.create', 'org.members.', 'project.create', 'project.members.', 'project.policy.'];

/** True when a change with this audit action may change someone's role in its org. */
export function changesRoles(action: string): boolean {
  return ROLE_ACTIONS.some((prefix) => action.startsWith(prefix));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function announceRolesChanged(transport: Transport, orgId: string): void {
  transport.publish(ROLES_CHANGED_SUBJECT, encoder.encode(orgId));
}

/** Calls `handler` with the org of each well-formed announcement; others are dropped. */
export function onRolesChanged(transport: Transport, handler: (orgId: string) => void): Subscription {
  return transport.subscribe(ROLES_CHANGED_SUBJECT, (data) => {
    const orgId = data.length <= 64 ? decoder.decode(data) : '';
    if (isOrgId(orgId)) handler(orgId);
  });
}
