/** Key rotation jobs: per-scope data keys and the master key. */
export { keyCensus, olderVersionsInUse } from './key-census.js';
export type { KeyCensus } from './key-census.js';
export { entitiesOfScope, resealUnderNewKey } from './reseal-under-new-key.js';
export type {
  ResealDeps,
  RotationOptions,
  RotationProgress,
  RotationReport,
  VersionedKeys,
} from './reseal-under-new-key.js';
export { rotateScopeKey } from './key-rotation.js';
export type { RotationDeps } from './key-rotation.js';
export { rotateMasterKey } from './master-rotation.js';
export type { MasterRotationDeps } from './master-rotation.js';
