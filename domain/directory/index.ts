/**
 * An org's directory: `directory/<org>`, living with the org. It holds how the org's LDAP or
 * Active Directory is reached (its service account's password sealed at rest like all state),
 * which directory groups give which org role, the incremental sync's cursor, and which directory
 * users (by entryUUID or objectGUID, never by DN, which changes on a rename) are linked to which
 * accounts. The gateway talks LDAP; this entity decides what it records.
 */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { decideDirectory, parseDirectoryCommand } from './handlers.js';
import { evolveDirectory, initialDirectory } from './state.js';

export const directory = defineEntity({
  kind: 'directory',
  commands: {
    configure: ANY_ORIGIN,
    remove: ANY_ORIGIN,
    get: ANY_ORIGIN,
    connection: ANY_ORIGIN,
    link: ANY_ORIGIN,
    synced: ANY_ORIGIN,
  },
  parseCommand: parseDirectoryCommand,
  initialState: initialDirectory,
  decide: decideDirectory,
  evolve: evolveDirectory,
  // Sealed with the org's key, in the org's region.
  keyScope: (id) => id,
  snapshotEvery: 100,
  // A replaced service account password leaves the disks.
  compactAfter: ['configured', 'removed'],
});

export type * from './protocol.js';
export { FLAVORS, MAX_LINKED_USERS } from './protocol.js';
