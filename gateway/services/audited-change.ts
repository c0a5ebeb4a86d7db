/**
 * The shape every audited change of an org's entity has: read the entity, run the command, read
 * it again, and record the change with digests of the part that matters before and after.
 */
import { stateDigest } from '../../domain/index.js';
import type { AnyEntityKind, CommandOf } from '../../actors/index.js';
import { askOptions } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import type { ServiceParts } from './service-parts.js';

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
  parts: ServiceParts,
  change: AuditedChange<K, S>,
  context: CallContext,
): Promise<S> {
  const { kind, id, orgId } = change;
  const options = askOptions(context, orgId);
  const read = { type: 'get' } as CommandOf<K>;
  const before = (await parts.client.ask(kind, id, read, options)) as S;
  await parts.client.ask(kind, id, change.command, options);
  const after = (await parts.client.ask(kind, id, read, options)) as S;
  await parts.audit.record(
    orgId,
    {
      action: change.action,
      target: `${kind.kind}/${id}`,
      before: stateDigest(change.digest(before)),
      after: stateDigest(change.digest(after)),
    },
    context,
  );
  return after;
}
