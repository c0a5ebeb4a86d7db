/**
 * An org's directory: `directory/<org>`, living with the org. It holds how the org's LDAP or
 * Active Directory is reached (its service account's password sealed at rest like all state),
 * which directory groups give which org role, the incremental sync's cursor, and which directory
 * users (by entryUUID or objectGUID, never by DN, which changes on a rename) are linked to which
 * accounts. The gateway talks LDAP; this entity decides what it records.
 */
import { ANY_ORIGIN, defineEntity, SYSTEM_ONLY } from '../../actors/index.js';
import { decideDirectory, parseDirectoryCommand } from './handlers.js';
import { directoryAudit } from './audit.js';
import { directorySecurity } from './security.js';
import { evolveDirectory, initialDirectory } from './state.js';

export const directory = defineEntity({
  kind: 'directory',
  commands: {
    configure: ANY_ORIGIN,
    remove: ANY_ORIGIN,
    get: ANY_ORIGIN,
    connection: ANY_ORIGIN,
    claimSync: SYSTEM_ONLY,
    passwordWrittenBack: ANY_ORIGIN,
    signedIn: ANY_ORIGIN,
    link: ANY_ORIGIN,
    synced: ANY_ORIGIN,
  },
  parseCommand: parseDirectoryCommand,
  initialState: initialDirectory,
  decide: decideDirectory,
  evolve: evolveDirectory,
  // Settings, links, syncs and sign-ins go to the org's audit trail; a password changed through
  // Redoubt to the account's security log.
  outbox: (change) =>
    change.command.type === 'passwordWrittenBack' ? directorySecurity(change) : directoryAudit(change),
  // Sealed with the org's key, in the org's region.
  keyScope: (id) => id,
  snapshotEvery: 100,
  // A replaced service account password leaves the disks.
  compactAfter: ['configured', 'removed'],
});

export type * from './protocol.js';
export { FLAVORS, MAX_LINKED_USERS, MIN_SYNC_INTERVAL_S } from './protocol.js';
export { DIRECTORY_SCHEDULE_ID, directorySchedule, MAX_SCHEDULED_DIRECTORIES } from './schedule.js';
export type { ScheduledDirectory } from './schedule.js';
