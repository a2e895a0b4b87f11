import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';

@ObjectType('InsightsAttritionMonth')
export class InsightsAttritionMonthType {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  headcountStart: number;

  @Field(() => Int)
  headcountEnd: number;

  @Field(() => Int)
  hires: number;

  @Field(() => Int)
  leavers: number;

  @Field(() => Int)
  voluntary: number;

  @Field(() => Int)
  involuntary: number;

  @Field(() => Int)
  regretted: number;

  @Field(() => Float, { nullable: true, description: 'Leavers / average headcount × 12, in %' })
  annualisedRate: number | null;
}

@ObjectType('InsightsAttritionPeriod')
export class InsightsAttritionPeriodType {
  @Field(() => Float)
  averageHeadcount: number;

  @Field(() => Int)
  leavers: number;

  @Field(() => Int)
  voluntary: number;

  @Field(() => Int)
  involuntary: number;

  @Field(() => Int)
  regretted: number;

  @Field(() => Float, { nullable: true, description: 'Leavers / average headcount × 12 / months, in %' })
  annualisedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'The same for voluntary leavers only' })
  voluntaryRate: number | null;
}

@ObjectType('InsightsAttritionUnit')
export class InsightsAttritionUnitType {
  @Field(() => ID)
  unitId: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field({ description: 'Whether the unit averaged fewer people than the anonymity threshold (nothing below is shown)' })
  suppressed: boolean;

  @Field(() => InsightsAttritionPeriodType, { nullable: true, description: 'The unit with its subtree' })
  figures: InsightsAttritionPeriodType | null;
}

@ObjectType('InsightsTenureAtExit')
export class InsightsTenureAtExitType {
  @Field({ description: 'LT_1Y, Y1_2, Y2_4 or Y4_PLUS' })
  band: string;

  @Field(() => Int)
  leavers: number;
}

@ObjectType('InsightsAttrition')
export class InsightsAttritionType {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => Int)
  threshold: number;

  @Field(() => [InsightsAttritionMonthType])
  months: InsightsAttritionMonthType[];

  @Field(() => InsightsAttritionPeriodType)
  total: InsightsAttritionPeriodType;

  @Field(() => [InsightsAttritionUnitType])
  units: InsightsAttritionUnitType[];

  @Field(() => [InsightsTenureAtExitType])
  tenureAtExit: InsightsTenureAtExitType[];

  @Field(() => Float, { nullable: true, description: 'Median tenure of the period’s leavers, in months' })
  medianTenureMonths: number | null;
}
