/** What the ledger module runs: the ledger kind, and no service. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { ledger } from '../../../domain/index.js';
import type { ServiceFactory } from '../../module.js';

/** `ledger/…`. */
export const kinds: readonly AnyEntityKind[] = [ledger];

/** None. */
export const services: Readonly<Record<string, ServiceFactory>> = {};
