/** Which keyset holds which scope's keys. */
import { PLATFORM_SCOPE } from '../../actors/index.js';
import type { KeyScope } from '../../actors/index.js';

/** The scope of the registry's own data, sealed with keys derived from the master key. */
export const REGISTRY_SCOPE: KeyScope = '~registry';
/** The keyset id of the platform scope (other scopes are their own keyset ids). */
const PLATFORM_KEYSET = '~platform';

/** The keyset entity id that holds a scope's keys. */
export function keysetIdOf(scope: KeyScope): string {
  return scope === PLATFORM_SCOPE ? PLATFORM_KEYSET : scope;
}

/** The scope whose keys a keyset entity holds (the reverse of {@link keysetIdOf}). */
export function scopeOfKeysetId(keysetId: string): KeyScope {
  return keysetId === PLATFORM_KEYSET ? PLATFORM_SCOPE : keysetId;
}
