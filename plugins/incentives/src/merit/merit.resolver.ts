import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { MeritService } from './merit.service.js';
import { CreateMeritMatrixInput, MeritIncreaseType, MeritMatrixType, UpdateMeritMatrixInput } from './merit.types.js';

@Resolver(() => MeritMatrixType)
export class MeritResolver {
  constructor(private readonly merit: MeritService) {}

  @Query(() => [MeritMatrixType], { description: 'Compensation administrators: all; others: approved matrices' })
  @RequirePermission(P.compRead)
  meritMatrices(@Args('cycleId', { type: () => ID, nullable: true }) cycleId: string | null): Promise<MeritMatrixType[]> {
    return this.merit.list(cycleId);
  }

  @Query(() => MeritMatrixType)
  @RequirePermission(P.compRead)
  meritMatrix(@Args('id', { type: () => ID }) id: string): Promise<MeritMatrixType> {
    return this.merit.one(id);
  }

  @Query(() => [MeritIncreaseType], { description: 'Everyone for compensation administrators; otherwise yourself and your chain' })
  @RequirePermission(P.compRead)
  meritIncreases(@Args('matrixId', { type: () => ID }) matrixId: string): Promise<MeritIncreaseType[]> {
    return this.merit.increaseTypes(matrixId);
  }

  @Mutation(() => MeritMatrixType)
  @RequirePermission(P.meritWrite)
  async createMeritMatrix(@Args('input') input: CreateMeritMatrixInput): Promise<MeritMatrixType> {
    return this.merit.one((await this.merit.create(input)).id);
  }

  @Mutation(() => MeritMatrixType, { description: 'Back to draft: computed increases are dropped' })
  @RequirePermission(P.meritWrite)
  async updateMeritMatrix(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMeritMatrixInput): Promise<MeritMatrixType> {
    return this.merit.one((await this.merit.update(id, input)).id);
  }

  @Mutation(() => MeritMatrixType, { description: 'Propose every participant’s raise; scaled to the budget when it is exceeded' })
  @RequirePermission(P.meritWrite)
  async computeMeritIncreases(@Args('id', { type: () => ID }) id: string): Promise<MeritMatrixType> {
    return this.merit.one((await this.merit.compute(id)).id);
  }

  @Mutation(() => MeritMatrixType)
  @RequirePermission(P.meritWrite)
  async approveMeritMatrix(@Args('id', { type: () => ID }) id: string): Promise<MeritMatrixType> {
    return this.merit.one((await this.merit.approve(id)).id);
  }
}
