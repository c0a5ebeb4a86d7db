// Original file: redoubt/v1/directory.proto

import type { GroupRole as _redoubt_v1_GroupRole, GroupRole__Output as _redoubt_v1_GroupRole__Output } from '../../redoubt/v1/GroupRole.js';
import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';
import type { SyncReport as _redoubt_v1_SyncReport, SyncReport__Output as _redoubt_v1_SyncReport__Output } from '../../redoubt/v1/SyncReport.js';

export interface Directory {
  'orgId'?: (string);
  'flavor'?: (string);
  'url'?: (string);
  'bindDn'?: (string);
  'baseDn'?: (string);
  'userFilter'?: (string);
  'loginAttribute'?: (string);
  'emailAttribute'?: (string);
  'nameAttribute'?: (string);
  'groupRoles'?: (_redoubt_v1_GroupRole)[];
  'defaultRole'?: (_redoubt_v1_Role);
  'syncIntervalS'?: (number);
  'linkedUsers'?: (number);
  'activeUsers'?: (number);
  'lastSync'?: (_redoubt_v1_SyncReport | null);
  'tlsServerName'?: (string);
  'passwordWriteBack'?: (boolean);
}

export interface Directory__Output {
  'orgId': (string);
  'flavor': (string);
  'url': (string);
  'bindDn': (string);
  'baseDn': (string);
  'userFilter': (string);
  'loginAttribute': (string);
  'emailAttribute': (string);
  'nameAttribute': (string);
  'groupRoles': (_redoubt_v1_GroupRole__Output)[];
  'defaultRole': (_redoubt_v1_Role__Output);
  'syncIntervalS': (number);
  'linkedUsers': (number);
  'activeUsers': (number);
  'lastSync': (_redoubt_v1_SyncReport__Output | null);
  'tlsServerName': (string);
  'passwordWriteBack': (boolean);
}
