import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Query, Resolver } from '@cadre/sdk/graphql';
import { FunnelService } from './funnel.service.js';
import { HiringFunnelType } from './funnel.types.js';

@Resolver(() => HiringFunnelType)
export class FunnelResolver {
  constructor(private readonly funnels: FunnelService) {}

  @Query(() => HiringFunnelType, { description: 'Stage conversion, time in stage, time-to-hire, offer acceptance and source effectiveness, overall and per requisition' })
  @RequirePermission('attraction.candidates.read')
  hiringFunnel(@Args('requisitionId', { type: () => ID, nullable: true }) requisitionId?: string | null): Promise<HiringFunnelType> {
    return this.funnels.funnel(requisitionId);
  }
}
