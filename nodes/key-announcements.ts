/**
 * Key-change announcements: when the registry rotates or shreds a scope's keys it tells every
 * node at once over NATS, so they drop what they cached (and evict a shredded org's entities)
 * instead of waiting for their 30 s refresh. An announcement carries no key and no authority: a
 * forged one only makes nodes fetch keys again, through the authenticated path.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';

export const KEYS_CHANGED_SUBJECT = 'redoubt.registry.keys-changed';

export interface KeysChanged {
  readonly scope: string;
  readonly shredded: boolean;
}

const MAX_SCOPE_LENGTH = 256;

export function announceKeysChanged(nc: NatsConnection, change: KeysChanged): void {
  nc.publish(KEYS_CHANGED_SUBJECT, JSON.stringify(change));
}

/** Calls `handler` for each well-formed announcement; malformed ones are logged and dropped. */
export function onKeysChanged(nc: NatsConnection, log: Logger, handler: (change: KeysChanged) => void): () => void {
  const subscription = nc.subscribe(KEYS_CHANGED_SUBJECT, {
    callback: (error, message) => {
      if (error !== null) return;
      let change: unknown;
      try {
        change = message.json();
      } catch {
        change = undefined;
      }
      const { scope, shredded } = (typeof change === 'object' && change !== null ? change : {}) as Record<
        string,
        unknown
      >;
      if (typeof scope !== 'string' || scope.length > MAX_SCOPE_LENGTH || typeof shredded !== 'boolean') {
        log.warn({ bytes: message.data.length }, 'dropped a malformed key-change announcement');
        return;
      }
      handler({ scope, shredded });
    },
  });
  return () => subscription.unsubscribe();
}
