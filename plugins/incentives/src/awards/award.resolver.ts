import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { AwardService } from './award.service.js';
import { ApproveAwardInput, AwardType, NominateAwardInput } from './award.types.js';

@Resolver(() => AwardType)
export class AwardResolver {
  constructor(private readonly awards: AwardService) {}

  @Query(() => [AwardType], { name: 'awards', description: 'Approved and paid awards for everyone; open ones for the people involved and award administrators' })
  @RequirePermission(P.awardsRead)
  awards_(
    @Args('status', { type: () => String, nullable: true }) status: string | null,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
  ): Promise<AwardType[]> {
    return this.awards.list(status, personId);
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
