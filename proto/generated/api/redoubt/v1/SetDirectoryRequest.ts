// Original file: redoubt/v1/directory.proto

import type { GroupRole as _redoubt_v1_GroupRole, GroupRole__Output as _redoubt_v1_GroupRole__Output } from '../../redoubt/v1/GroupRole.js';
import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface SetDirectoryRequest {
  'orgId'?: (string);
  /**
   * "openldap" or "active_directory".
   */
  'flavor'?: (string);
  /**
   * ldaps://host[:port], or ldap://host[:port] (StartTLS is then required).
   */
  'url'?: (string);
  /**
   * PEM of the CA that signed the directory's certificate; empty: the system's CAs.
   */
  'caPem'?: (string);
  'bindDn'?: (string);
  'bindPassword'?: (string);
  'baseDn'?: (string);
  /**
   * Which entries are users. Default: "(objectClass=inetOrgPerson)" for OpenLDAP,
   * "(&(objectCategory=person)(objectClass=user))" for Active Directory.
   */
  'userFilter'?: (string);
  /**
   * The attribute people sign in with. Default: uid (OpenLDAP), sAMAccountName (AD).
   */
  'loginAttribute'?: (string);
  /**
   * Default: mail.
   */
  'emailAttribute'?: (string);
  /**
   * Default: cn (OpenLDAP), displayName (AD).
   */
  'nameAttribute'?: (string);
  'groupRoles'?: (_redoubt_v1_GroupRole)[];
  /**
   * The role of users in none of the groups; unspecified: they may not sign in.
   */
  'defaultRole'?: (_redoubt_v1_Role);
  /**
   * How often the gateway syncs by itself, in seconds (0: only SyncDirectory; else at least 60).
   */
  'syncIntervalS'?: (number);
  /**
   * The name the directory's certificate is checked against when it differs from the URL's host
   * (e.g. the URL names the server by address, its certificate by DNS name).
   */
  'tlsServerName'?: (string);
  /**
   * Lets people change their directory password through Redoubt (ChangeDirectoryPassword): only
   * over ldaps://, never through StartTLS.
   */
  'passwordWriteBack'?: (boolean);
}

export interface SetDirectoryRequest__Output {
  'orgId': (string);
  /**
   * "openldap" or "active_directory".
   */
  'flavor': (string);
  /**
   * ldaps://host[:port], or ldap://host[:port] (StartTLS is then required).
   */
  'url': (string);
  /**
   * PEM of the CA that signed the directory's certificate; empty: the system's CAs.
   */
  'caPem': (string);
  'bindDn': (string);
  'bindPassword': (string);
  'baseDn': (string);
  /**
   * Which entries are users. Default: "(objectClass=inetOrgPerson)" for OpenLDAP,
   * "(&(objectCategory=person)(objectClass=user))" for Active Directory.
   */
  'userFilter': (string);
  /**
   * The attribute people sign in with. Default: uid (OpenLDAP), sAMAccountName (AD).
   */
  'loginAttribute': (string);
  /**
   * Default: mail.
   */
  'emailAttribute': (string);
  /**
   * Default: cn (OpenLDAP), displayName (AD).
   */
  'nameAttribute': (string);
  'groupRoles': (_redoubt_v1_GroupRole__Output)[];
  /**
   * The role of users in none of the groups; unspecified: they may not sign in.
   */
  'defaultRole': (_redoubt_v1_Role__Output);
  /**
   * How often the gateway syncs by itself, in seconds (0: only SyncDirectory; else at least 60).
   */
  'syncIntervalS': (number);
  /**
   * The name the directory's certificate is checked against when it differs from the URL's host
   * (e.g. the URL names the server by address, its certificate by DNS name).
   */
  'tlsServerName': (string);
  /**
   * Lets people change their directory password through Redoubt (ChangeDirectoryPassword): only
   * over ldaps://, never through StartTLS.
   */
  'passwordWriteBack': (boolean);
}
