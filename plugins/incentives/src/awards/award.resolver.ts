import { RequirePermission, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { AwardListService } from './award-list.service.js';
import { AwardConnection, AwardFilter, AwardSort, AwardSortField } from './award-page.types.js';
import { AwardService } from './award.service.js';
import { ApproveAwardInput, AwardType, NominateAwardInput } from './award.types.js';

@Resolver(() => AwardType)
export class AwardResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly list: AwardListService,
  ) {}

  @Query(() => [AwardType], { name: 'awards', description: 'Approved and paid awards for everyone; open ones for the people involved and award administrators' })
  @RequirePermission(P.awardsRead)
  async awards_(
    @Args('status', { type: () => String, nullable: true }) status: string | null,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
  ): Promise<AwardType[]> {
    return this.awards.toTypes(await this.list.list(status, personId));
  }

  @Query(() => AwardConnection, { description: 'awards a page at a time (newest nomination first by default), the same awards visible, filtered, sorted and paged on the server' })
  @RequirePermission(P.awardsRead)
  async awardsPage(
    @Args('filter', { type: () => AwardFilter, nullable: true }) filter: AwardFilter,
    @Args('sort', { type: () => AwardSort, nullable: true }) sort: AwardSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AwardConnection> {
    const page = await this.list.page(filter ?? {}, sort ?? { field: AwardSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.awards.toTypes(page.nodes) };
  }

  @Query(() => AwardType)
  @RequirePermission(P.awardsRead)
  award(@Args('id', { type: () => ID }) id: string): Promise<AwardType> {
    return this.awards.one(id);
  }

  @Mutation(() => AwardType)
  @RequirePermission(P.awardsNominate)
  async nominateAward(@Args('input') input: NominateAwardInput): Promise<AwardType> {
    return this.awards.one((await this.awards.nominate(input)).id);
  }

  @Mutation(() => AwardType, { description: 'nominated → approved, with the amount' })
  @RequirePermission(P.awardsWrite)
  async approveAward(@Args('id', { type: () => ID }) id: string, @Args('input') input: ApproveAwardInput): Promise<AwardType> {
    return this.awards.one((await this.awards.approve(id, input)).id);
  }

  @Mutation(() => AwardType, { description: 'nominated → rejected' })
  @RequirePermission(P.awardsWrite)
  async rejectAward(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<AwardType> {
    return this.awards.one((await this.awards.reject(id, reason)).id);
  }

  @Mutation(() => AwardType, { description: 'approved → paid' })
  @RequirePermission(P.awardsWrite)
  async payAward(@Args('id', { type: () => ID }) id: string): Promise<AwardType> {
    return this.awards.one((await this.awards.pay(id)).id);
  }
}
