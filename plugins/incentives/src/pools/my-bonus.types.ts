import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { BandType } from '../cycles/review-cycle.types.js';

@ObjectType('IncentivesMyBonusVersion')
export class MyBonusVersionType {
  @Field(() => Int)
  version: number;

  @Field()
  status: string;

  @Field(() => Float)
  amount: number;

  @Field(() => Float, { nullable: true })
  delta: number | null;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  publishedAt: string | null;
}

@ObjectType('IncentivesMyBonus', { description: 'Your share of a published pool with every number of the formula that produced it — nobody else’s' })
export class MyBonusType {
  @Field(() => ID)
  poolId: string;

  @Field()
  poolName: string;

  @Field(() => ID)
  cycleId: string;

  @Field()
  cycleName: string;

  @Field()
  currency: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  publishedAt: string | null;

  @Field(() => Float, { description: 'The pool D (minor units)' })
  poolAmount: number;

  @Field()
  weightRule: string;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Int, { nullable: true })
  band: number | null;

  @Field(() => [BandType], { description: 'The published bands' })
  bands: BandType[];

  @Field(() => Float)
  coefficient: number;

  @Field(() => Float)
  weight: number;

  @Field()
  weightExplanation: string;

  @Field(() => Float, { nullable: true })
  floor: number | null;

  @Field(() => Float, { nullable: true })
  cap: number | null;

  @Field(() => Int, { description: '−1 held at your floor, +1 at your cap, 0 neither' })
  bound: number;

  @Field(() => Float, { nullable: true })
  lambda: number | null;

  @Field(() => Float, { description: 'Σ ω_j c_j over the pool' })
  weightedSum: number;

  @Field(() => Float)
  exactAmount: number;

  @Field(() => Float, { description: 'Whole minor units' })
  amount: number;

  @Field(() => Float, { nullable: true })
  previousAmount: number | null;

  @Field(() => Float, { nullable: true })
  delta: number | null;

  @Field({ description: 'The published formula' })
  formula: string;

  @Field({ description: 'The formula with your numbers filled in' })
  calculation: string;

  @Field(() => [MyBonusVersionType], { description: 'Your amount in every published version, oldest first' })
  history: MyBonusVersionType[];
}
