import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { EquityService } from './equity.service.js';
import { CreateEquityGrantInput, EquityGrantType } from './equity.types.js';

@Resolver(() => EquityGrantType)
export class EquityResolver {
  constructor(private readonly equity: EquityService) {}

  @Query(() => [EquityGrantType], { description: 'Everyone for compensation administrators; otherwise yourself and your chain' })
  @RequirePermission(P.compRead)
  equityGrants(@Args('personId', { type: () => ID, nullable: true }) personId: string | null): Promise<EquityGrantType[]> {
    return this.equity.list(personId);
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
