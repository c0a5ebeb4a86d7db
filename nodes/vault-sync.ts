/**
 * Keeps the registry nodes' unsealed vaults in step. The vault document lives in one KV bucket;
 * when one registry node rotates or retires a master key, every other registry node must load the
 * new version before it re-seals registry entities under it. The rotating node asks all of them
 * to refresh and waits for each answer; every node also refreshes on a timer, in case it missed one.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { UnavailableError } from '../actors/index.js';
import type { Vault } from '../registry/index.js';

export const VAULT_CHANGED_SUBJECT = 'redoubt.registry.vault-changed';
const REFRESH_EVERY_MS = 30_000;
/** How long after the last answer no other registry node is taken to be there. */
const STALL_MS = 500;

/** Answers refresh requests and refreshes on a timer; returns how to stop. */
export function serveVaultSync(nc: NatsConnection, vault: Vault, nodeId: string, log: Logger): () => void {
  const refresh = async (): Promise<readonly number[]> => {
    if (vault.sealed) return [];
    return (await vault.refresh()).masterKeyVersions;
  };
  const subscription = nc.subscribe(VAULT_CHANGED_SUBJECT, {
    callback: (error, message) => {
      if (error !== null) return;
      refresh().then(
        (versions) => message.respond(JSON.stringify({ node: nodeId, versions })),
        (failure: unknown) => {
          log.error({ err: failure }, 'vault refresh failed');
          message.respond(JSON.stringify({ node: nodeId, error: (failure as Error).message }));
        },
      );
    },
  });
  const timer = setInterval(
    () => void refresh().catch((failure: unknown) => log.warn({ err: failure }, 'vault refresh failed')),
    REFRESH_EVERY_MS,
  );
  timer.unref();
  return () => {
    clearInterval(timer);
    subscription.unsubscribe();
  };
}

/**
 * Has every registry node (this one included) load the stored vault document again.
 * @param nodes - how many registry nodes must answer at least (every one that answers is waited for)
 * @throws UnavailableError when fewer answered within `timeoutMs`, or one failed to refresh
 */
export async function syncVaults(nc: NatsConnection, nodes: number, timeoutMs = 10_000): Promise<string[]> {
  const answered: string[] = [];
  // Every registry node that answers, not only the first `nodes` of them: one unsealed a moment
  // ago may not own shards yet (so `nodes` misses it) and still be handed registry entities.
  const replies = await nc.requestMany(VAULT_CHANGED_SUBJECT, '', {
    strategy: 'stall',
    stall: STALL_MS,
    maxWait: timeoutMs,
  });
  for await (const reply of replies) {
    const { node, error } = reply.json<{ node: string; error?: string }>();
    if (error !== undefined) throw new UnavailableError(`registry node ${node} could not refresh its vault: ${error}`);
    answered.push(node);
  }
  if (answered.length < nodes) {
    throw new UnavailableError(
      `only ${answered.length} of ${nodes} registry nodes refreshed their vault within ${timeoutMs} ms (${answered.join(', ')})`,
    );
  }
  return answered;
}
