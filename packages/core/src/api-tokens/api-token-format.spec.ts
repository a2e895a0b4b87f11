import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PermissionRegistry } from '../access/permission-registry.js';
import { NAMED_SCOPES, isApiToken, isKnownScope, newApiToken, scopePermissions } from './api-token-format.js';

describe('API token format', () => {
  it('makes a prefixed token of 32 random bytes, stores its SHA-256 and shows only its start', () => {
    const a = newApiToken('personal');
    const b = newApiToken('service');
    expect(a.token).toMatch(/^cadre_pat_[A-Za-z0-9_-]{43}$/);
    expect(b.token).toMatch(/^cadre_svc_[A-Za-z0-9_-]{43}$/);
    expect(a.hash).toBe(createHash('sha256').update(a.token).digest('hex'));
    expect(a.prefix).toBe(a.token.slice(0, 14));
    expect(newApiToken('personal').token).not.toBe(a.token);
    expect([a.token, b.token].every(isApiToken)).toBe(true);
    expect(isApiToken('eyJhbGciOiJIUzI1NiJ9.x.y')).toBe(false);
  });

  it('turns scopes into the permissions still declared, and expands named scopes', () => {
    const registry = new PermissionRegistry();
    registry.add('core', [{ id: 'people.read', description: '', defaultRoles: [] }, { id: 'scim.provision', description: '', defaultRoles: [] }]);
    expect([...scopePermissions(['people.read', 'gone.permission'], registry)]).toEqual(['people.read']);
    expect(isKnownScope('gone.permission', registry)).toBe(false);
    NAMED_SCOPES.scim = ['scim.provision'];
    try {
      expect(isKnownScope('scim', registry)).toBe(true);
      expect([...scopePermissions(['scim'], registry)]).toEqual(['scim.provision']);
    } finally {
      delete NAMED_SCOPES.scim;
    }
  });
});
