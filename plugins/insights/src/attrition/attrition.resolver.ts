import { RequirePermission } from '@cadre/sdk';
import { Args, Query, Resolver } from '@cadre/sdk/graphql';
import { AttritionService } from './attrition.service.js';
import { InsightsAttritionType } from './attrition.types.js';

@Resolver()
export class AttritionResolver {
  constructor(private readonly attrition: AttritionService) {}

  @Query(() => InsightsAttritionType, { description: 'Headcount, hires and leavers per month from `from` to `to` (YYYY-MM), per org unit and by tenure at exit' })
  @RequirePermission('insights.attrition.read')
  attritionReport(@Args('from') from: string, @Args('to') to: string): Promise<InsightsAttritionType> {
    return this.attrition.attrition(from, to);
  }
}
