import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../access/decorators.js';
import { PeopleService } from '../people/people.service.js';
import { toPersonType } from '../people/person.mapper.js';
import { PersonType } from '../people/person.types.js';
import { SortDirectionValue } from '../paging/connection.types.js';
import { AccountConnectionType, AccountFilter, AccountSort, AccountSortField } from './account-page.types.js';
import { AccountService } from './account.service.js';
import { AccountType, CreateAccountInput } from './auth.types.js';

/** The tenant's accounts: who can sign in, as which person, with which roles. */
@Resolver(() => AccountType)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [AccountType], { name: 'accounts' })
  @RequirePermission('accounts.read')
  accounts_(): Promise<AccountType[]> {
    return this.accounts.list();
  }

  @Query(() => AccountConnectionType, { description: 'The accounts of `accounts`, one keyset page at a time, filtered and sorted on the server' })
  @RequirePermission('accounts.read')
  accountsPage(
    // Typed as the classes, not `| null`: the validation pipe reads the parameter's class.
    @Args('filter', { type: () => AccountFilter, nullable: true }) filter: AccountFilter,
    @Args('sort', { type: () => AccountSort, nullable: true }) sort: AccountSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AccountConnectionType> {
    return this.accounts.page(filter ?? {}, sort ?? { field: AccountSortField.EMAIL, direction: SortDirectionValue.ASC }, first, after);
  }

  @ResolveField(() => PersonType, { nullable: true, description: 'The person who signs in with this account' })
  @RequirePermission('people.read')
  async person(@Parent() account: AccountType): Promise<PersonType | null> {
    if (!account.personId) return null;
    const person = await this.people.load(account.personId);
    return person ? toPersonType(person) : null;
  }

  @Mutation(() => AccountType)
  @RequirePermission('accounts.write')
  createAccount(@Args('input') input: CreateAccountInput): Promise<AccountType> {
    return this.accounts.create(input);
  }

  @Mutation(() => AccountType)
  @RequirePermission('roles.write')
  setAccountRoles(@Args('accountId', { type: () => ID }) accountId: string, @Args('roles', { type: () => [String] }) roles: string[]): Promise<AccountType> {
    return this.accounts.setRoles(accountId, roles);
  }

  @Mutation(() => AccountType, { description: 'Disables an account (no sign-in, its sessions end) or enables it again; never your own' })
  @RequirePermission('accounts.write')
  async setAccountDisabled(@Args('accountId', { type: () => ID }) accountId: string, @Args('disabled') disabled: boolean): Promise<AccountType> {
    await this.accounts.changeDisabled(accountId, disabled);
    return this.accounts.view(accountId);
  }
}
