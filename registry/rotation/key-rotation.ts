/**
 * Rotates the data key of one scope (an org) without stopping it: its keyset makes the new
 * version, nodes drop their cached keys of the scope so every new write uses it, and the scope's
 * entities are re-sealed under it before the older versions are retired.
 */
import type { KeyScope } from '../../actors/index.js';
import { keysetIdOf } from '../keyset/keyset-id.js';
import type { KeysetCommand, KeysetStatus, RotateReply } from '../keyset/protocol.js';
import { resealUnderNewKey } from './reseal-under-new-key.js';
import type { ResealDeps, RotationOptions, RotationReport } from './reseal-under-new-key.js';

/** What a rotation needs from the node it runs in. */
export interface RotationDeps extends ResealDeps {
  /** Sends a command to a keyset entity. */
  readonly askKeyset: (keysetId: string, command: KeysetCommand) => Promise<unknown>;
  /** Makes every node drop its cached keys of the scope, so the next write fetches the new version. */
  readonly keysChanged: (scope: KeyScope) => Promise<void> | void;
}

/**
 * @throws CommandRejectedError from the keyset (e.g. `KEYS_SHREDDED`, `NO_KEYS`)
 * @throws RotationIncompleteError (`ROTATION_INCOMPLETE`) when blobs under older versions remain
 *   after re-sealing (a node still wrote with an old key): nothing is retired; run it again
 */
export function rotateScopeKey(
  deps: RotationDeps,
  scope: KeyScope,
  options: RotationOptions = {},
): Promise<RotationReport> {
  const keysetId = keysetIdOf(scope);
  let versions: readonly number[] = [];
  return resealUnderNewKey(
    deps,
    scope,
    {
      async rotate() {
        const before = (await deps.askKeyset(keysetId, { type: 'status' })) as KeysetStatus;
        versions = before.versions.map(({ version }) => version);
        const { current } = (await deps.askKeyset(keysetId, { type: 'rotate' })) as RotateReply;
        return { from: before.current, to: current };
      },
      versions: async () => versions,
      retire: async (version) => void (await deps.askKeyset(keysetId, { type: 'retire', version })),
      changed: () => deps.keysChanged(scope),
    },
    options,
  );
}
