/**
 * Where the outbox messages of a node's entities go (see actors/runtime/outbox.ts), and the relay
 * that finds messages a stopped node left undelivered. Audit messages feed the org's trail (member-audit
 * messages, each of a member's orgs' trails); tells
 * run a command on another entity (outbox-tell.ts), so modules feed their own entities without a
 * receiver here.
 */
import type { Logger } from 'pino';
import { InternalError, OutboxRelay, parseTell, RedoubtError, shardOf, tellRequestId } from '../actors/index.js';
import type {
  AnyEntityKind,
  DeliverOutbox,
  EntityClient,
  EntityId,
  OutboxDelivery,
  OutboxLedger,
  ShardDirectory,
  Transport,
} from '../actors/index.js';
import { AuditTrail, parseAuditMessage, parseMemberAuditMessage } from '../domain/index.js';
import type { AuditMessage } from '../domain/index.js';
import { announceRolesChanged, changesRoles } from '../gateway/index.js';

/**
 * @param clients - the node's client for data entities and the one for the registry's (checkpoints
 *   are signed there); resolved on first delivery, as they are made after the host
 * @param transport - where a change of someone's role is announced to the gateways
 * @param log - where work left for later (a checkpoint, a page move) that failed is told
 * @param kinds - the kinds a tell may name (the node's)
 */
export function outboxDelivery(
  clients: () => { data: EntityClient; registry: EntityClient },
  transport: Transport,
  log: Logger,
  kinds: ReadonlyMap<string, AnyEntityKind>,
): DeliverOutbox {
  let trail: AuditTrail | undefined;
  /**
   * Puts the message in its org's trail. Once the record is there the entity's next message need
   * not wait for the checkpoint and page moves it made due (a later append names a page that failed
   * to move again).
   */
  const record = async (delivery: OutboxDelivery, message: AuditMessage): Promise<void> => {
    const { data, registry } = clients();
    trail ??= new AuditTrail(data, registry);
    const { finished } = await trail.record(delivery, message);
    finished.catch((error: unknown) =>
      log.warn({ err: error }, 'audit checkpoint or page move failed (a page left is moved by a later append)'),
    );
  };
  return async (delivery) => {
    switch (delivery.message.type) {
      case 'audit': {
        const message = parseAuditMessage(delivery.message);
        // First, so gateways stop serving a removed member's cached role as soon as possible.
        if (changesRoles(message.entry.action)) announceRolesChanged(transport, message.orgId);
        await record(delivery, message);
        return;
      }
      case 'member-audit': {
        // A member's security event: the same record in each of the account's orgs' trails.
        for (const message of parseMemberAuditMessage(delivery.message)) {
          try {
            await record(delivery, message);
          } catch (error) {
            // Retried later when it may pass; an org gone (deleted, keys shredded) is passed over,
            // so that it does not hold up the account's later entries.
            if (!(error instanceof RedoubtError) || error.retryable) throw error;
            log.warn({ err: error, orgId: message.orgId }, "a member's security event did not reach an org's trail");
          }
        }
        return;
      }
      case 'tell': {
        const message = parseTell(delivery.message);
        const kind = kinds.get(message.kind);
        if (kind === undefined)
          throw new InternalError(`a tell names kind "${message.kind.slice(0, 40)}", not hosted here`);
        await clients().data.ask(kind, message.id, message.command as never, {
          deadline: delivery.deadline,
          requestId: tellRequestId(delivery.entity, delivery.seq),
        });
        return;
      }
      default:
        throw new InternalError(`no receiver for outbox messages of type "${delivery.message.type.slice(0, 40)}"`);
    }
  };
}

/**
 * Starts the relay of a node hosting data entities; in a cluster each node sees to the notes of
 * its own shards.
 * @returns a function that stops it
 */
export function startOutboxRelay(
  runtime: { readonly client: EntityClient; readonly kinds: ReadonlyMap<string, AnyEntityKind> },
  ledger: OutboxLedger,
  log: Logger,
  placement?: { readonly nodeId: string; readonly directory: ShardDirectory },
): () => Promise<void> {
  const owns =
    placement === undefined
      ? undefined
      : (entity: EntityId) => {
          const { directory, nodeId } = placement;
          return directory.ownerOf(shardOf(entity, directory.shardCount)) === nodeId;
        };
  const relay = new OutboxRelay({
    ledger,
    client: runtime.client,
    kinds: runtime.kinds,
    log,
    ...(owns === undefined ? {} : { owns }),
  });
  relay.start();
  return () => relay.close();
}
