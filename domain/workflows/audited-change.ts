/**
 * The shape every audited change of one entity of an org has: read the entity, change it, read it
 * again, and record the change with digests of the part that matters before and after. The change
 * and its record are steps of the call: a retry applies and records them once.
 */
import type { AnyEntityKind, CommandOf } from '../../actors/index.js';
import { stateDigest } from '../audit/index.js';
import type { AuditTrail } from '../audit-trail.js';
import type { Workflow } from './workflow.js';

export interface AuditedChange<K extends AnyEntityKind, S> {
  readonly kind: K;
  /** The entity id, e.g. `acme/web/3`. */
  readonly id: string;
  readonly orgId: string;
  /** The permission used, recorded as the change's action. */
  readonly action: string;
  readonly command: CommandOf<K>;
  /** What of the entity's view the record's before/after digests cover. */
  readonly digest: (view: S) => unknown;
}

/** @returns the entity's view after the change */
export async function auditedChange<K extends AnyEntityKind, S>(
  flow: Workflow,
  trail: AuditTrail,
  change: AuditedChange<K, S>,
): Promise<S> {
  const { kind, id, orgId } = change;
  const read = { type: 'get' } as CommandOf<K>;
  const before = (await flow.read(kind, id, read, orgId)) as S;
  await flow.change(kind, id, change.command, { orgId });
  const after = (await flow.read(kind, id, read, orgId)) as S;
  await trail.record(flow, orgId, {
    action: change.action,
    target: `${kind.kind}/${id}`,
    before: stateDigest(change.digest(before)),
    after: stateDigest(change.digest(after)),
  });
  return after;
}
