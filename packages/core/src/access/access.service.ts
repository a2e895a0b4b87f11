import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { PERMISSION_REGISTRY } from '../app/tokens.js';
import { DataService } from '../database/data.service.js';
import { PersonEntity } from '../people/person.entity.js';
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

  /** Everyone who reports to `personId`, directly or through others. */
  async reportsOf(tenantId: string, personId: string): Promise<Set<string>> {
    const rows = await this.data.repo(PersonEntity, tenantId).query('p').select(['p.id', 'p.managerId']).getMany();
    const children = new Map<string, string[]>();
    for (const row of rows) {
      if (!row.managerId) continue;
      const list = children.get(row.managerId) ?? [];
      list.push(row.id);
      children.set(row.managerId, list);
    }
    const reports = new Set<string>();
    const queue = [...(children.get(personId) ?? [])];
    while (queue.length) {
      const id = queue.pop()!;
      if (reports.has(id) || id === personId) continue;
      reports.add(id);
      queue.push(...(children.get(id) ?? []));
    }
    return reports;
  }
}
