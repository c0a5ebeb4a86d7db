/**
 * The entity kinds a node hosts: shard nodes the kinds of the modules the node runs, registry nodes
 * the registry's (which are no module's: the registry is below the modules), standalone both.
 */
import type { AnyEntityKind } from '../actors/index.js';
import { loadModules } from '../gateway/index.js';
import type { LoadedModule, RedoubtModule } from '../gateway/index.js';
import { REGISTRY_KINDS } from '../registry/index.js';
import { ConfigError } from './errors.js';
import { NODE_MODULES } from './modules.js';

export interface NodeRoles {
  readonly data: boolean;
  readonly registry: boolean;
}

/**
 * The kinds of these roles, by name.
 * @param modules - the loaded modules the node runs (their kinds are the data kinds)
 * @throws ConfigError when a module's kind has the name of one of the registry's
 */
export function hostedKinds(roles: NodeRoles, modules: readonly LoadedModule[]): ReadonlyMap<string, AnyEntityKind> {
  const registryNames = new Set(REGISTRY_KINDS.map((kind) => kind.kind));
  const kinds = new Map<string, AnyEntityKind>();
  for (const module of modules) {
    for (const kind of module.kinds) {
      if (registryNames.has(kind.kind)) {
        throw new ConfigError(`module ${module.name} defines kind ${kind.kind}, which is the registry's`);
      }
      if (roles.data) kinds.set(kind.kind, kind);
    }
  }
  if (roles.registry) for (const kind of REGISTRY_KINDS) kinds.set(kind.kind, kind);
  return kinds;
}

/**
 * {@link hostedKinds} of modules not loaded yet (for tools that open stores without a node).
 * @param modules - @default NODE_MODULES
 */
export async function nodeKinds(
  roles: NodeRoles,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<ReadonlyMap<string, AnyEntityKind>> {
  return hostedKinds(roles, await loadModules(modules));
}
