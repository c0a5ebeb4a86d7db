/**
 * Commands the runtime itself handles for any entity kind, reserved by a leading '~' that no kind
 * may use. Only the system caller sends them (key rotation jobs); the gateway never forwards them.
 */

/**
 * Re-seal an entity under its scope's current key: append a marker record sealed with it, snapshot
 * and erase the history before the marker, so no stored blob of the entity needs an older key.
 */
export const RESEAL_COMMAND = '~reseal';

/** The event of the marker record; no kind's `evolve` ever sees it. */
export const RESEALED_EVENT = { type: '~resealed' } as const;

export interface ResealReply {
  /** False for an entity with no records (nothing to re-seal). */
  readonly resealed: boolean;
  /** The key version the entity's data is sealed with now. */
  readonly keyVersion: number;
  /** Journal records erased. */
  readonly erased: number;
}

/**
 * Deliver the entity's last outbox message if it may not have been delivered (the node's outbox
 * relay sends it for entities whose note is old: their node stopped between commit and delivery).
 */
export const FLUSH_OUTBOX_COMMAND = '~flush-outbox';

export interface FlushOutboxReply {
  /** Whether a message was waiting (and is delivered now). */
  readonly delivered: boolean;
}

/** The runtime's own commands: only the system sends them. */
export function isSystemCommand(type: string): boolean {
  return type === RESEAL_COMMAND || type === FLUSH_OUTBOX_COMMAND;
}

/** Whether an event belongs to the runtime rather than to the entity's kind. */
export function isRuntimeEvent(event: unknown): boolean {
  const type = (event as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('~');
}
