import { randomBytes } from 'node:crypto';
import type { PermissionRegistry } from '../access/permission-registry.js';
import { sha256 } from '../auth/token.service.js';
import type { ApiTokenKind } from './api-token.entity.js';

const PREFIX: Record<ApiTokenKind, string> = { personal: 'cadre_pat_', service: 'cadre_svc_' };
/** How much of a token is kept for display: the kind's prefix and four random characters. */
const SHOWN = 4;

/** Whether a bearer value is an API token (not a signed access token). */
export const isApiToken = (value: string): boolean => value.startsWith(PREFIX.personal) || value.startsWith(PREFIX.service);

/** A new token (returned once), the SHA-256 that is stored, and the part shown in lists. */
export function newApiToken(kind: ApiTokenKind): { token: string; hash: string; prefix: string } {
  // 32 random bytes: 256 bits, so a fast hash is enough (nothing to brute-force, unlike passwords).
  const token = `${PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token), prefix: token.slice(0, PREFIX[kind].length + SHOWN) };
}

/**
 * Named scopes standing for a set of permissions. A scope is otherwise a permission id. SCIM
 * provisioning will add `scim` here, mapped to the permission it declares, so that a service
 * token "with the scim scope" needs no change to how tokens are checked.
 */
export const NAMED_SCOPES: Record<string, string[]> = { scim: ['scim.provision'] };

/** The permissions a token's scopes stand for, limited to those still declared. */
export function scopePermissions(scopes: string[], registry: PermissionRegistry): Set<string> {
  const permissions = scopes.flatMap((s) => NAMED_SCOPES[s] ?? [s]);
  return new Set(permissions.filter((p) => registry.has(p)));
}

export const isKnownScope = (scope: string, registry: PermissionRegistry): boolean => scope in NAMED_SCOPES || registry.has(scope);
