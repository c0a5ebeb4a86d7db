/** Roles as entities name them (`member`) and as the API does (`ROLE_MEMBER`), and the way between. */
import type { OrgRole } from '../domain/index.js';
import type { ProtoRole } from './api-schema.js';

export const PROTO_ROLE: Readonly<Record<OrgRole, Exclude<ProtoRole, 'ROLE_UNSPECIFIED'>>> = Object.freeze({
  guest: 'ROLE_GUEST',
  member: 'ROLE_MEMBER',
  admin: 'ROLE_ADMIN',
});

export const ENTITY_ROLE: Readonly<Record<string, OrgRole>> = Object.freeze({
  ROLE_GUEST: 'guest',
  ROLE_MEMBER: 'member',
  ROLE_ADMIN: 'admin',
});
