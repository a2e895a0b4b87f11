export const BUILT_IN_ROLES = ['owner', 'admin', 'hr', 'recruiter', 'manager', 'employee'] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** A permission id is `'<plugin-or-core-area>.<name>'`, e.g. `'people.read'`. */
export interface PermissionDeclaration {
  id: string;
  description: string;
  /** Built-in roles that hold it by default; owner always holds every permission. */
  defaultRoles: BuiltInRole[];
}

export const PERMISSION_ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
