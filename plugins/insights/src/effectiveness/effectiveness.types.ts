import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';

@ObjectType('InsightsMeasureComponent')
export class InsightsMeasureComponentType {
  @Field()
  id: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true, description: 'Null when unknown or under the anonymity threshold' })
  value: number | null;

  @Field({ description: '%, pts, score, index or eNPS' })
  unit: string;

  @Field(() => Int, { nullable: true, description: 'How many people (or answers) it rests on' })
  people: number | null;
}

@ObjectType('InsightsMeasurePoint')
export class InsightsMeasurePointType {
  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;
}

@ObjectType('InsightsMeasure')
export class InsightsMeasureType {
  @Field({ description: 'satisfaction, performance, knowledge or incentives' })
  id: string;

  @Field()
  title: string;

  @Field({ description: 'How it is computed, in words' })
  formula: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  unit: string;

  @Field(() => [InsightsMeasureComponentType], { description: 'The numbers behind it' })
  components: InsightsMeasureComponentType[];

  @Field(() => [InsightsMeasurePointType], { description: 'The headline over time, oldest first' })
  trend: InsightsMeasurePointType[];
}

@ObjectType('InsightsEffectiveness')
export class InsightsEffectivenessType {
  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field()
  unitName: string;

  @Field(() => Int)
  threshold: number;

  @Field()
  asOf: string;

  @Field(() => [InsightsMeasureType])
  measures: InsightsMeasureType[];
}
