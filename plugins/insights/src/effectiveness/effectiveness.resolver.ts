import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Query, Resolver } from '@cadre/sdk/graphql';
import { EffectivenessService } from './effectiveness.service.js';
import { InsightsEffectivenessType } from './effectiveness.types.js';

@Resolver()
export class EffectivenessResolver {
  constructor(private readonly service: EffectivenessService) {}

  @Query(() => InsightsEffectivenessType, { description: 'The four effectiveness measures (satisfaction, performance, knowledge sharing, incentive effect) for a unit with its subtree, or the company' })
  @RequirePermission('insights.dashboard.read')
  effectiveness(@Args('unitId', { type: () => ID, nullable: true }) unitId?: string): Promise<InsightsEffectivenessType> {
    return this.service.dashboard(unitId ?? null);
  }
}
