// Original file: redoubt/v1/options.proto

/**
 * Roles within an org or a project, each including the ones below it.
 */
export const Role = {
  ROLE_UNSPECIFIED: 'ROLE_UNSPECIFIED',
  /**
   * An external person with access to chosen projects only.
   */
  ROLE_GUEST: 'ROLE_GUEST',
  ROLE_MEMBER: 'ROLE_MEMBER',
  ROLE_ADMIN: 'ROLE_ADMIN',
} as const;

/**
 * Roles within an org or a project, each including the ones below it.
 */
export type Role =
  | 'ROLE_UNSPECIFIED'
  | 0
  /**
   * An external person with access to chosen projects only.
   */
  | 'ROLE_GUEST'
  | 1
  | 'ROLE_MEMBER'
  | 2
  | 'ROLE_ADMIN'
  | 3

/**
 * Roles within an org or a project, each including the ones below it.
 */
export type Role__Output = typeof Role[keyof typeof Role]
