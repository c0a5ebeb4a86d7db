// Original file: redoubt/v1/options.proto

/**
 * Where a method's permission is checked.
 */
export const Scope = {
  SCOPE_UNSPECIFIED: 'SCOPE_UNSPECIFIED',
  /**
   * Anyone, without a token (sign-up, login, refresh).
   */
  SCOPE_PUBLIC: 'SCOPE_PUBLIC',
  /**
   * Any signed-in account, acting on itself.
   */
  SCOPE_SELF: 'SCOPE_SELF',
  /**
   * The platform: superadmins only.
   */
  SCOPE_PLATFORM: 'SCOPE_PLATFORM',
  /**
   * One org, named by the request's org_id field.
   */
  SCOPE_ORG: 'SCOPE_ORG',
  /**
   * One project, named by the request's org_id and project_id fields.
   */
  SCOPE_PROJECT: 'SCOPE_PROJECT',
} as const;

/**
 * Where a method's permission is checked.
 */
export type Scope =
  | 'SCOPE_UNSPECIFIED'
  | 0
  /**
   * Anyone, without a token (sign-up, login, refresh).
   */
  | 'SCOPE_PUBLIC'
  | 1
  /**
   * Any signed-in account, acting on itself.
   */
  | 'SCOPE_SELF'
  | 2
  /**
   * The platform: superadmins only.
   */
  | 'SCOPE_PLATFORM'
  | 3
  /**
   * One org, named by the request's org_id field.
   */
  | 'SCOPE_ORG'
  | 4
  /**
   * One project, named by the request's org_id and project_id fields.
   */
  | 'SCOPE_PROJECT'
  | 5

/**
 * Where a method's permission is checked.
 */
export type Scope__Output = typeof Scope[keyof typeof Scope]
