/** The actor runtime's public names. Other folders import from here, never from inside. */
export { EntityClient } from './runtime/entity-client.js';
export { EntityHost } from './runtime/entity-host.js';
export { ADMIT_ANY, EntityServer } from './runtime/entity-server.js';
export { NO_METRICS } from './runtime/host-metrics.js';
export { assertNodeId, assertRegion, nodeSubject } from './runtime/subjects.js';
export { decodeRecordBody, decodeSnapshotBody, encodeRecordBody } from './runtime/record-codec.js';
export { credentialHeader, credentialMessage } from './runtime/request-credential.js';
export { FLUSH_OUTBOX_COMMAND, RESEAL_COMMAND, RESEALED_EVENT, isRuntimeEvent } from './runtime/system-commands.js';
export type { FlushOutboxReply, ResealReply } from './runtime/system-commands.js';
export { OutboxRelay } from './runtime/outbox-relay.js';
export type { OutboxRelayOptions } from './runtime/outbox-relay.js';
export type { DeliverOutbox, OutboxDelivery, OutboxOptions } from './runtime/outbox.js';
export { parseTell, tell, tellRequestId } from './runtime/outbox-tell.js';
export type { TellMessage } from './runtime/outbox-tell.js';
export {
  ANY_ORIGIN,
  CallerOrigin,
  defineEntity,
  homeOf,
  isCallerOrigin,
  keyScopeOf,
  OPERATOR_CALLER,
  OPERATOR_ONLY,
  PLATFORM_HOME,
  SYSTEM_CALLER,
  SYSTEM_ONLY,
} from './entity-kind.js';
export { entityId, entityToken, entityFromToken, splitEntityId, MAX_ENTITY_ID_LENGTH } from './entity-id.js';
export * from './errors.js';
export { shardOf, rendezvousAssign } from './cluster/shard-hash.js';
export { StaticShardDirectory } from './cluster/shard-directory.js';
export { KvShardDirectory } from './cluster/shard-directory-kv.js';
export { RegionCoordinator, heartbeatSubject } from './cluster/coordinator.js';
export { answerRegionProbes, RegionReach, regionSubject, unlessCutOff } from './cluster/region-reach.js';
export {
  openLeaseBucket,
  openOutboxBucket,
  openRemoteShardMapBucket,
  openShardMapBucket,
  openSnapshotBucket,
} from './cluster/region-buckets.js';
export { emptyShardMap } from './cluster/shard-map.js';
export { LevelJournal } from './persistence/journal-level.js';
export { movedMarker, movedRegionOf } from './persistence/moved-marker.js';
export { LevelOutboxLedger } from './persistence/outbox-ledger-level.js';
export { KvOutboxLedger } from './persistence/outbox-ledger-kv.js';
export type { OutboxLedger, OutboxNote } from './persistence/outbox-ledger.js';
export { JetStreamJournal, journalNames } from './persistence/journal-jetstream.js';
export { LevelSnapshotStore } from './persistence/snapshot-store-level.js';
export { KvSnapshotStore } from './persistence/snapshot-store-kv.js';
export { TieredSnapshotStore } from './persistence/snapshot-store-tiered.js';
export { keyScopeIn, StoredNames } from './persistence/stored-names.js';
export type { EntityNames } from './persistence/stored-names.js';
export { MemoryTransport } from './transport/transport-memory.js';
export { NatsTransport } from './transport/transport-nats.js';
export { fieldsOf, formatField, integerField, oneOf, stringField, unknownCommand } from './command-fields.js';
export {
  ACCOUNT_ID,
  codePointLength,
  COLUMN,
  CONTROL_CHARACTER,
  describeFormat,
  EMAIL,
  escapeControls,
  Format,
  formatProblem,
  isEmail,
  isFormat,
  isOrgId,
  isRegion,
  LABEL,
  ORG_ID,
  parseAccountId,
  parseFormat,
  parseOrgId,
  parseProjectId,
  parseRegion,
  PROJECT_ID,
  REGION,
  regionOfSessionId,
  SESSION_ID,
} from './vocabulary.js';
export * from './crypto/index.js';

export type { AskOptions, EntityClientOptions, EntityRef } from './runtime/entity-client.js';
export type { EntityHostOptions, EntityRequest } from './runtime/entity-host.js';
export type { EntityServerOptions } from './runtime/entity-server.js';
export type { CredentialedRequest, GuardedRequest, RequestGuard, RequestSigner } from './runtime/request-credential.js';
export type { HostMetrics } from './runtime/host-metrics.js';
export type { RecordBody, SnapshotBody } from './runtime/record-codec.js';
export type {
  AnyEntityKind,
  Caller,
  CommandOf,
  CommandShape,
  CommittedChange,
  Decision,
  EntityContext,
  EntityDefinition,
  EntityHome,
  EntityKind,
  OutboxMessage,
  ReplyOf,
} from './entity-kind.js';
export type { EntityId, ShardId } from './entity-id.js';
export type { ShardDirectory, ShardMapListener } from './cluster/shard-directory.js';
export type { ShardMap } from './cluster/shard-map.js';
export type { HomeRouter, RegionRoute } from './cluster/home-router.js';
export type { CoordinatorOptions } from './cluster/coordinator.js';
export type {
  Journal,
  JournalHead,
  JournalPosition,
  JournalRecord,
  SnapshotStore,
  StoredSnapshot,
} from './persistence/journal.js';
export type { RequestHandler, Subscription, Transport } from './transport/transport.js';
