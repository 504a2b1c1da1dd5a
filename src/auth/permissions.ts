/** What a key is for. */
export const ROLES = ["admin", "auditor", "client"] as const;
export type Role = (typeof ROLES)[number];

/** Everything a route can require. */
export const PERMISSIONS = [
  "model:invoke",
  "vendors:read",
  "vendors:write",
  "vendors:approve",
  "keys:read",
  "keys:write",
  "policies:read",
  "policies:write",
  "audit:read",
  "audit:export",
  "audit:verify",
  "audit:reveal",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Least privilege by role: admins change vendors, keys and policies but read no transcripts;
 * auditors read, export and verify the log and change nothing; clients only call models.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ["vendors:read", "vendors:write", "vendors:approve", "keys:read", "keys:write", "policies:read", "policies:write", "audit:verify"],
  auditor: ["audit:read", "audit:export", "audit:verify", "audit:reveal", "vendors:read", "keys:read", "policies:read"],
  client: ["model:invoke"],
};

/** The part of a principal that permission checks need. */
export interface Grant {
  role: Role;
  /** Narrows the role: when non-empty, only these of the role's permissions hold. */
  scopes: readonly Permission[];
}

/** Whether a key with this role and scopes may do `permission`. */
export function can(grant: Grant, permission: Permission): boolean {
  if (!ROLE_PERMISSIONS[grant.role].includes(permission)) return false;
  return grant.scopes.length === 0 || grant.scopes.includes(permission);
}

/** The permissions a key with this role and scopes actually holds: its role's, narrowed by its scopes. */
export function effectivePermissions(grant: Grant): Permission[] {
  return ROLE_PERMISSIONS[grant.role].filter((permission) => can(grant, permission));
}
