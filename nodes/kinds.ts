/** The entity kinds a node hosts: shard nodes the data kinds, registry nodes the registry's, standalone both. */
import {
  account,
  audit,
  auditPage,
  emailIndex,
  issue,
  ledger,
  org,
  orgIndex,
  project,
  session,
} from '../domain/index.js';
import type { AnyEntityKind } from '../actors/index.js';
import { REGISTRY_KINDS } from '../registry/index.js';

export interface NodeRoles {
  readonly data: boolean;
  readonly registry: boolean;
}

export function builtInKinds(roles: NodeRoles): ReadonlyMap<string, AnyEntityKind> {
  const kinds: AnyEntityKind[] = [];
  if (roles.data) kinds.push(ledger, account, emailIndex, session, org, orgIndex, audit, auditPage, project, issue);
  if (roles.registry) kinds.push(...REGISTRY_KINDS);
  return new Map(kinds.map((kind) => [kind.kind, kind]));
}
