/** What the directory module runs: each org's directory settings and links, and DirectoryService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { directory } from '../../../domain/directory/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { directoryService } from './directory-service.js';

export const kinds: readonly AnyEntityKind[] = [directory];

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
  }),
};
