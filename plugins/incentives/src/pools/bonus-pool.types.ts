import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { BandType } from '../cycles/review-cycle.types.js';
import { AllocationVersionType } from './allocation.types.js';

@ObjectType('IncentivesLevelTarget')
export class LevelTargetType {
  @Field()
  level: string;

  @Field(() => Float, { description: 'Target % of base (salary-target-percent) or target amount in minor units (target-by-level)' })
  value: number;
}

@ObjectType('IncentivesBonusPool')
export class BonusPoolType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field()
  cycleName: string;

  @Field()
  name: string;

  @Field(() => Float, { description: 'D in integer minor units' })
  amount: number;

  @Field()
  currency: string;

  @Field({ description: "'salary-target-percent', 'target-by-level', 'equal' or 'custom'" })
  weightRule: string;

  @Field(() => [LevelTargetType])
  levelTargets: LevelTargetType[];

  @Field(() => Float, { nullable: true })
  defaultTarget: number | null;

  @Field(() => [Float])
  thresholds: number[];

  @Field(() => [Float])
  coefficients: number[];

  @Field(() => [BandType])
  bands: BandType[];

  @Field(() => Float, { nullable: true })
  defaultFloor: number | null;

  @Field(() => Float, { nullable: true })
  defaultCap: number | null;

  @Field({ description: "'draft' → 'approved' → 'published'; what-if copies are 'scenario'" })
  status: string;

  @Field(() => ID, { nullable: true })
  scenarioOfId: string | null;

  @Field()
  note: string;

  @Field(() => String, { nullable: true })
  approvedAt: string | null;

  @Field(() => String, { nullable: true })
  approvedBy: string | null;

  @Field(() => String, { nullable: true })
  publishedAt: string | null;

  @Field(() => Int, { nullable: true })
  publishedVersion: number | null;

  @Field(() => Int)
  memberCount: number;

  @Field(() => AllocationVersionType, { nullable: true, description: 'Published version if any, else the current draft (pool readers)' })
  currentVersion: AllocationVersionType | null;

  @Field(() => AllocationVersionType, { nullable: true, description: 'A published pool\'s new version waiting for approval after a calibrated score change (pool readers)' })
  proposedVersion: AllocationVersionType | null;

  @Field(() => [ID], { description: 'What-if scenarios of this pool (pool readers)' })
  scenarioIds: string[];

  @Field()
  createdAt: string;
}

@ObjectType('IncentivesScenarioSummary')
export class ScenarioSummaryType {
  @Field(() => ID)
  poolId: string;

  @Field()
  name: string;

  @Field()
  status: string;

  @Field(() => Float)
  amount: number;

  @Field()
  currency: string;

  @Field(() => [Float])
  thresholds: number[];

  @Field(() => [Float])
  coefficients: number[];

  @Field(() => Float, { nullable: true })
  lambda: number | null;

  @Field(() => Float)
  total: number;

  @Field(() => Int)
  atFloor: number;

  @Field(() => Int)
  atCap: number;

  @Field(() => Float)
  min: number;

  @Field(() => Float)
  median: number;

  @Field(() => Float)
  max: number;

  @Field(() => [Int], { description: 'People per band, top band first' })
  bandCounts: number[];
}

@ObjectType('IncentivesScenarioRow')
export class ScenarioRowType {
  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => [Float], { nullable: 'items', description: 'Amount in each compared pool, in the order of pools (null: not a member)' })
  amounts: Array<number | null>;

  @Field(() => [Float], { nullable: 'items' })
  coefficients: Array<number | null>;
}

@ObjectType('IncentivesScenarioComparison', { description: 'Pools and scenarios side by side' })
export class ScenarioComparisonType {
  @Field(() => [ScenarioSummaryType])
  pools: ScenarioSummaryType[];

  @Field(() => [ScenarioRowType])
  rows: ScenarioRowType[];
}
