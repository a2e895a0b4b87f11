import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { PERMISSION_REGISTRY } from '../app/tokens.js';
import { DataService } from '../database/data.service.js';
import { AccountRoleEntity } from './account-role.entity.js';
import type { BuiltInRole } from './permission.js';
import type { PermissionRegistry } from './permission-registry.js';
import { RoleEntity } from './role.entity.js';

/** Resolves what an account may do: its roles' permissions and its management chain. */
@Injectable()
export class AccessService {
  constructor(
    private readonly data: DataService,
    @Inject(PERMISSION_REGISTRY) readonly registry: PermissionRegistry,
  ) {}

  permissionsOf(role: Pick<RoleEntity, 'key' | 'builtIn' | 'permissions'>): string[] {
    if (role.builtIn) return this.registry.defaultsFor(role.key as BuiltInRole);
    return role.permissions.filter((p) => this.registry.has(p));
  }

  async rolesOf(tenantId: string, accountId: string): Promise<RoleEntity[]> {
    const links = await this.data.repo(AccountRoleEntity, tenantId).findBy({ accountId });
    if (!links.length) return [];
    return this.data.repo(RoleEntity, tenantId).findBy({ id: In(links.map((l) => l.roleId)) });
  }

  async grantsOf(tenantId: string, accountId: string): Promise<{ roles: string[]; permissions: Set<string> }> {
    const roles = await this.rolesOf(tenantId, accountId);
    return { roles: roles.map((r) => r.key).sort(), permissions: new Set(roles.flatMap((r) => this.permissionsOf(r))) };
  }

  /** Everyone who reports to `personId`, directly or through others: one recursive query (both databases). */
  async reportsOf(tenantId: string, personId: string): Promise<Set<string>> {
    const [t, m] = this.data.postgres ? ['$1', '$2'] : ['?', '?'];
    const sql = `WITH RECURSIVE chain(id) AS (
        SELECT id FROM people WHERE "tenantId" = ${t} AND "managerId" = ${m}
        UNION SELECT p.id FROM people p JOIN chain c ON p."managerId" = c.id WHERE p."tenantId" = ${t}
      ) SELECT id FROM chain`;
    const rows: Array<{ id: string }> = await this.data.manager.query(sql, this.data.postgres ? [tenantId, personId] : [tenantId, personId, tenantId]);
    const reports = new Set(rows.map((r) => r.id));
    reports.delete(personId);
    return reports;
  }
}
