import { localize } from '../i18n/localize.js';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from './access.service.js';
import { RequirePermission } from './decorators.js';
import { PermissionType, RoleInput, RoleType } from './role.types.js';
import { RoleService } from './role.service.js';

@Resolver(() => RoleType)
export class RoleResolver {
  constructor(
    private readonly roles: RoleService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [RoleType], { name: 'roles' })
  @RequirePermission('roles.read')
  roles_(): Promise<RoleType[]> {
    return this.roles.list();
  }

  @Query(() => [PermissionType], { description: 'Every permission declared by the core and the enabled plugins' })
  @RequirePermission('roles.read')
  permissions(): PermissionType[] {
    return this.access.registry.all().map((p) => ({ id: p.id, description: localize(p.description), owner: p.owner, defaultRoles: ['owner', ...p.defaultRoles] }));
  }

  @Mutation(() => RoleType)
  @RequirePermission('roles.write')
  createRole(@Args('input') input: RoleInput): Promise<RoleType> {
    return this.roles.create(input);
  }

  @Mutation(() => RoleType)
  @RequirePermission('roles.write')
  updateRole(@Args('id', { type: () => ID }) id: string, @Args('input') input: RoleInput): Promise<RoleType> {
    return this.roles.update(id, input);
  }

  @Mutation(() => RoleType, { description: "Grants (granted: true) or revokes one permission of a custom role, keeping the role's others as they are now" })
  @RequirePermission('roles.write')
  setRolePermission(
    @Args('id', { type: () => ID }) id: string,
    @Args('permission', { type: () => String }) permission: string,
    @Args('granted', { type: () => Boolean }) granted: boolean,
  ): Promise<RoleType> {
    return this.roles.setPermission(id, permission, granted);
  }

  @Mutation(() => Boolean)
  @RequirePermission('roles.write')
  deleteRole(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.roles.delete(id);
  }
}
