/** The entity kinds every node hosts. */
import { ledger } from '../actors/index.js';
import type { AnyEntityKind } from '../actors/index.js';

export function builtInKinds(): ReadonlyMap<string, AnyEntityKind> {
  return new Map<string, AnyEntityKind>([[ledger.kind, ledger]]);
}
