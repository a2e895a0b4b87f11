import type { PermissionDeclaration } from './permission.js';

const everyone = ['admin', 'hr', 'recruiter', 'manager', 'employee'] as const;

export const CORE_PERMISSIONS: PermissionDeclaration[] = [
  { id: 'people.read', description: 'See the people directory', defaultRoles: [...everyone] },
  { id: 'people.write', description: 'Create and edit people', defaultRoles: ['admin', 'hr'] },
  { id: 'people.delete', description: 'Delete people', defaultRoles: ['admin', 'hr'] },
  { id: 'people.import', description: 'Import people from CSV', defaultRoles: ['admin', 'hr'] },
  { id: 'people.compensation.read', description: "See anyone's compensation", defaultRoles: ['admin', 'hr'] },
  { id: 'people.compensation.write', description: 'Change compensation', defaultRoles: ['admin', 'hr'] },
  { id: 'people.departures.read', description: "See why anyone left: voluntary or not, regretted or not, and the reason", defaultRoles: ['admin', 'hr'] },
  { id: 'people.departures.write', description: 'Record why a person leaves', defaultRoles: ['admin', 'hr'] },
  { id: 'roles.read', description: 'See roles and the permission matrix', defaultRoles: ['admin', 'hr'] },
  { id: 'roles.write', description: 'Create, change and assign roles', defaultRoles: ['admin'] },
  { id: 'accounts.read', description: 'See accounts', defaultRoles: ['admin', 'hr'] },
  { id: 'accounts.write', description: 'Create accounts and assign roles', defaultRoles: ['admin'] },
  { id: 'audit.read', description: 'Read the audit log', defaultRoles: ['admin'] },
  { id: 'plugins.read', description: 'See installed plugins', defaultRoles: ['admin', 'hr'] },
  { id: 'settings.read', description: 'Read tenant settings', defaultRoles: ['admin', 'hr'] },
  { id: 'settings.write', description: 'Change tenant settings', defaultRoles: ['admin'] },
  { id: 'jobs.read', description: "See the tenant's background jobs (imports, solver runs) and their failures", defaultRoles: ['admin', 'hr'] },
  { id: 'jobs.manage', description: 'Retry failed background jobs', defaultRoles: ['admin'] },
  { id: 'tokens.manage', description: "Create service API tokens, and see and revoke every API token of the tenant", defaultRoles: ['admin'] },
  { id: 'scim.provision', description: 'Provision accounts and people through SCIM 2.0 (an identity provider, with an API token holding the scim scope)', defaultRoles: ['admin'] },
  { id: 'webhooks.manage', description: 'Subscribe outside systems to events (outbound webhooks), read their delivery log and replay deliveries', defaultRoles: ['admin'] },
  { id: 'schema.introspect', description: 'Read the API schema by introspection in production (tools, code generators)', defaultRoles: ['admin'] },
];
