/** What the directory module runs: each org's directory settings and links, and DirectoryService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { directory, directorySchedule } from '../../../domain/directory/index.js';
import type { BackgroundTask, ServiceFactory, ServiceSamples } from '../../module.js';
import { directoryService } from './directory-service.js';
import { scheduledSyncs } from './sync-scheduler.js';

export const kinds: readonly AnyEntityKind[] = [directory, directorySchedule];

/** Each org's directory synced by itself at the interval its admins set. */
export const background: readonly BackgroundTask[] = [scheduledSyncs];

export const services: Readonly<Record<string, ServiceFactory>> = {
  'redoubt.v1.DirectoryService': directoryService,
};

/** Well-formed requests of every method (to a directory that is not there: the matrix sees the pipeline's refusals). */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.DirectoryService': ({ orgId }) => ({
    SetDirectory: {
      orgId,
      flavor: 'openldap',
      url: 'ldaps://127.0.0.1:1',
      bindDn: 'cn=redoubt,dc=example,dc=org',
      bindPassword: 'secret',
      baseDn: 'dc=example,dc=org',
    },
    GetDirectory: { orgId },
    RemoveDirectory: { orgId },
    SyncDirectory: { orgId },
    LoginWithDirectory: { orgId, username: 'ada', password: 'secret' },
    ChangeDirectoryPassword: { orgId, currentPassword: 'secret', newPassword: 'Secret-2' },
  }),
};
