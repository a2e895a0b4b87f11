import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../access/decorators.js';
import { ENABLED_PLUGINS } from '../app/tokens.js';
import { RequestContexts } from '../context/request-context.js';
import { OwnTransaction } from '../database/own-transaction.js';
import { PeopleService } from '../people/people.service.js';
import type { PluginDefinition } from '../plugins/plugin-definition.js';
import { toPersonType } from '../people/person.mapper.js';
import { InstallationService } from '../tenancy/installation.service.js';
import { TenantService } from '../tenancy/tenant.service.js';
import { AccountService } from './account.service.js';
import { AuthService } from './auth.service.js';
import { AuthPayloadType, MeType } from './auth.types.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    private readonly people: PeopleService,
    private readonly tenants: TenantService,
    private readonly installation: InstallationService,
    @Inject(ENABLED_PLUGINS) private readonly enabled: PluginDefinition[],
  ) {}

  @Mutation(() => AuthPayloadType, { description: 'Signs in; `tenant` (a slug) is needed only when the email has accounts in several tenants' })
  @Public()
  @OwnTransaction()
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('tenant', { type: () => String, nullable: true }) tenant: string | null,
  ): Promise<AuthPayloadType> {
    const address = RequestContexts.current()?.ip ?? 'unknown';
    const { account: _account, ...tokens } = await this.auth.login(email, password, tenant ?? undefined, address);
    return tokens;
  }

  @Mutation(() => AuthPayloadType, { description: 'Exchanges a refresh token for new tokens; reusing an old one revokes the sign-in' })
  @Public()
  refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadType> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean)
  @SignedIn()
  logout(@Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null): Promise<boolean> {
    return this.auth.logout(refreshToken ?? undefined);
  }

  @Mutation(() => Boolean)
  @SignedIn()
  @OwnTransaction()
  changePassword(@Args('currentPassword') currentPassword: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    return this.auth.changePassword(currentPassword, newPassword);
  }

  @Query(() => MeType)
  @SignedIn()
  async me(): Promise<MeType> {
    const ctx = RequestContexts.require();
    const tenant = (await this.tenants.get(ctx.tenantId!))!;
    const person = ctx.personId ? await this.people.get(ctx.personId).catch(() => null) : null;
    // A service token is its own principal: no account row stands behind it.
    const service = ctx.apiToken?.kind === 'service';
    return {
      account: service ? { id: ctx.accountId!, email: ctx.accountEmail!, personId: null, disabled: false, roles: [] } : await this.accounts.view(ctx.accountId!),
      roles: ctx.roles,
      permissions: [...ctx.permissions].sort(),
      person: person ? toPersonType(person) : null,
      tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
      installationOwner: await this.installation.isOwner(),
      enabledPlugins: this.enabled.map((p) => p.id),
    };
  }
}
