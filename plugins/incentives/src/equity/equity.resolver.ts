import { RequirePermission, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { EquityListService } from './equity-list.service.js';
import { EquityGrantConnection, EquityGrantFilter, EquityGrantSort, EquityGrantSortField } from './equity-page.types.js';
import { EquityService } from './equity.service.js';
import { CreateEquityGrantInput, EquityGrantType } from './equity.types.js';

@Resolver(() => EquityGrantType)
export class EquityResolver {
  constructor(
    private readonly equity: EquityService,
    private readonly list: EquityListService,
  ) {}

  @Query(() => [EquityGrantType], { description: 'Everyone for compensation administrators; otherwise yourself and your chain' })
  @RequirePermission(P.compRead)
  async equityGrants(@Args('personId', { type: () => ID, nullable: true }) personId: string | null): Promise<EquityGrantType[]> {
    return this.equity.toTypes(await this.list.list(personId));
  }

  @Query(() => EquityGrantConnection, { description: 'equityGrants a page at a time (latest grant date first by default), the same grants visible, filtered, sorted and paged on the server' })
  @RequirePermission(P.compRead)
  async equityGrantsPage(
    @Args('filter', { type: () => EquityGrantFilter, nullable: true }) filter: EquityGrantFilter,
    @Args('sort', { type: () => EquityGrantSort, nullable: true }) sort: EquityGrantSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<EquityGrantConnection> {
    const page = await this.list.page(filter ?? {}, sort ?? { field: EquityGrantSortField.GRANT_DATE, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.equity.toTypes(page.nodes) };
  }

  @Query(() => EquityGrantType)
  @RequirePermission(P.compRead)
  equityGrant(@Args('id', { type: () => ID }) id: string): Promise<EquityGrantType> {
    return this.equity.one(id);
  }

  @Mutation(() => EquityGrantType, { description: 'A proposed grant' })
  @RequirePermission(P.equityWrite)
  async createEquityGrant(@Args('input') input: CreateEquityGrantInput): Promise<EquityGrantType> {
    return this.equity.one((await this.equity.create(input)).id);
  }

  @Mutation(() => EquityGrantType, { description: 'proposed → granted' })
  @RequirePermission(P.equityWrite)
  async approveEquityGrant(@Args('id', { type: () => ID }) id: string): Promise<EquityGrantType> {
    return this.equity.one((await this.equity.approve(id)).id);
  }

  @Mutation(() => EquityGrantType, { description: 'proposed or granted → cancelled' })
  @RequirePermission(P.equityWrite)
  async cancelEquityGrant(@Args('id', { type: () => ID }) id: string): Promise<EquityGrantType> {
    return this.equity.one((await this.equity.cancel(id)).id);
  }
}
