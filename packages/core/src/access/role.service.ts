import { Injectable } from '@nestjs/common';
import { DataService } from '../database/data.service.js';
import { ConflictError, ForbiddenError, UserInputError } from '../graphql/errors.js';
import { SignInCache } from '../auth/sign-in-cache.js';
import { AccessService } from './access.service.js';
import { AccountRoleEntity } from './account-role.entity.js';
import { RoleEntity } from './role.entity.js';
import type { RoleInput, RoleType } from './role.types.js';
import { msg } from '../i18n/msg.js';
import { assertUnchangedSince } from '../database/unchanged-since.js';
import { auditDetail } from '../context/request-context.js';

@Injectable()
export class RoleService {
  constructor(
    private readonly data: DataService,
    private readonly access: AccessService,
    private readonly signIns: SignInCache,
  ) {}

  toType(role: RoleEntity): RoleType {
    return { id: role.id, key: role.key, name: role.name, description: role.description, builtIn: role.builtIn, permissions: this.access.permissionsOf(role), updatedAt: role.updatedAt };
  }

  async list(): Promise<RoleType[]> {
    const roles = await this.data.repo(RoleEntity).find({ order: { builtIn: 'DESC', key: 'ASC' } });
    return roles.map((r) => this.toType(r));
  }

  private checkPermissions(permissions: string[]): void {
    const unknown = permissions.filter((p) => !this.access.registry.has(p));
    if (unknown.length) throw new UserInputError('input.permissions', msg`unknown permission ${unknown.join(', ')}`);
  }

  async create(input: RoleInput): Promise<RoleType> {
    if (!input.key) throw new UserInputError('input.key', 'is required when creating a role');
    this.checkPermissions(input.permissions);
    return this.data.transaction(async () => {
      const roles = this.data.repo(RoleEntity);
      if (await roles.findOneBy({ key: input.key })) throw new ConflictError(msg`input.key: a role "${input.key}" already exists`, 'input.key');
      const role = await roles.save(roles.create({ key: input.key, name: input.name, description: input.description ?? '', builtIn: false, permissions: [...new Set(input.permissions)].sort() }));
      return this.toType(role);
    });
  }

  async update(id: string, input: RoleInput): Promise<RoleType> {
    this.checkPermissions(input.permissions);
    return this.data.transaction(async () => {
      const roles = this.data.repo(RoleEntity);
      const role = await roles.get(id);
      if (role.builtIn) throw new ForbiddenError(msg`The built-in role ${role.key} cannot be changed: create a custom role instead`);
      assertUnchangedSince(role, input.expectedUpdatedAt, role.name);
      this.signIns.invalidateAfterCommit(this.data, role.tenantId);
      const before = { name: role.name, permissions: role.permissions };
      role.name = input.name;
      role.description = input.description ?? role.description;
      role.permissions = [...new Set(input.permissions)].sort();
      auditDetail('Role', role.id, before, { name: role.name, permissions: role.permissions });
      return this.toType(await roles.save(role));
    });
  }

  /**
   * Grants or revokes one permission under the role's row lock, so two admins ticking different
   * boxes of the matrix at once both keep their change (a whole-list updateRole from each
   * screen would drop one). Idempotent: an unchanged role is not written.
   */
  async setPermission(id: string, permission: string, granted: boolean): Promise<RoleType> {
    if (permission.length > 120) throw new UserInputError('permission', 'must have at most 120 characters');
    if (!this.access.registry.has(permission)) throw new UserInputError('permission', msg`unknown permission ${permission}`);
    return this.data.transaction(async () => {
      const roles = this.data.repo(RoleEntity);
      const role = await roles.get(id);
      if (role.builtIn) throw new ForbiddenError(msg`The built-in role ${role.key} cannot be changed: create a custom role instead`);
      if (role.permissions.includes(permission) === granted) return this.toType(role);
      this.signIns.invalidateAfterCommit(this.data, role.tenantId);
      const before = { permissions: role.permissions };
      role.permissions = granted ? [...role.permissions, permission].sort() : role.permissions.filter((p) => p !== permission);
      auditDetail('Role', role.id, before, { permissions: role.permissions });
      return this.toType(await roles.save(role));
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const roles = this.data.repo(RoleEntity);
      const role = await roles.get(id);
      if (role.builtIn) throw new ForbiddenError(msg`The built-in role ${role.key} cannot be deleted`);
      const holders = await this.data.repo(AccountRoleEntity).count({ roleId: id });
      if (holders) throw new ConflictError(msg`Role ${role.key} is still assigned to ${holders} accounts`);
      await roles.remove(role);
      this.signIns.invalidateAfterCommit(this.data, role.tenantId);
      return true;
    });
  }
}
