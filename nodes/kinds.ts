/** The entity kinds a node hosts: every node the data kinds, registry nodes the registry's too. */
import { ledger } from '../actors/index.js';
import type { AnyEntityKind } from '../actors/index.js';
import { ca, keyset, orgHome, prekeys, signingKeys } from '../registry/index.js';

export function builtInKinds(roles: { readonly registry: boolean }): ReadonlyMap<string, AnyEntityKind> {
  const kinds: AnyEntityKind[] = [ledger];
  if (roles.registry) kinds.push(keyset, ca, signingKeys, orgHome, prekeys);
  return new Map(kinds.map((kind) => [kind.kind, kind]));
}
