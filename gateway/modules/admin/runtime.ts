/** What the admin module runs: AdminService, over the other modules' kinds (it has none of its own). */
import type { AnyEntityKind } from '../../../actors/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { adminService } from '../../services/admin-service.js';

/** None: the service reads the org index and the email index. */
export const kinds: readonly AnyEntityKind[] = [];

/** AdminService. */
export const services: Readonly<Record<string, ServiceFactory>> = { 'redoubt.v1.AdminService': adminService };

/** Well-formed requests of every method. */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.AdminService': ({ unique: n }) => ({
    ListOrgs: {},
    LookupAccount: { email: `someone${n}@example.org` },
  }),
};
