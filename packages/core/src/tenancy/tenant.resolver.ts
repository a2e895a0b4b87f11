import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/decorators.js';
import { OwnTransaction } from '../database/own-transaction.js';
import { InstallationService } from './installation.service.js';
import { CreateTenantInput, InstallationTenantType } from './tenant.types.js';

/** Signed in here; the installation-owner check (FORBIDDEN otherwise) is InstallationService's. */
@Resolver()
export class TenantResolver {
  constructor(private readonly installation: InstallationService) {}

  @Query(() => [InstallationTenantType], { description: 'Every tenant; only for the installation owner' })
  @SignedIn()
  tenants(): Promise<InstallationTenantType[]> {
    return this.installation.list();
  }

  // Own transaction: the password is hashed before the transaction opens; the audit entry is written inside it.
  @Mutation(() => InstallationTenantType, { description: 'Creates a tenant and its owner account; only for the installation owner' })
  @SignedIn()
  @OwnTransaction()
  createTenant(@Args('input') input: CreateTenantInput): Promise<InstallationTenantType> {
    return this.installation.create(input);
  }
}
