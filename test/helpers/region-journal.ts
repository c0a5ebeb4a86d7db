/** A region's journal read from outside as a node reads it: entity names blinded with the orgs' keys. */
import type { NatsConnection } from '@nats-io/transport-node';
import { JetStreamJournal, keyScopeIn, StoredNames } from '../../actors/index.js';
import type { Keyring } from '../../actors/index.js';
import { nodeKinds } from '../../nodes/kinds.js';

/** @param keyring - fetches the orgs' keys from the registry (a checker's `nodeRegistryClient`) */
export async function regionJournal(nc: NatsConnection, region: string, keyring: Keyring): Promise<JetStreamJournal> {
  const names = new StoredNames(keyring, keyScopeIn(await nodeKinds({ data: true, registry: false })));
  return JetStreamJournal.open(nc, { region, names });
}
