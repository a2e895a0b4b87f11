import { SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { BandType } from '../cycles/review-cycle.types.js';
import { P } from '../shared/permissions.js';

@ObjectType('IncentivesAllocationVersion', { description: 'One computed split of a pool; published versions are never edited, only superseded' })
export class AllocationVersionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  poolId: string;

  @Field(() => Int)
  version: number;

  @Field({ description: "'draft', 'proposed' (a published pool's recomputation awaiting approval), 'published' or 'superseded'" })
  status: string;

  @Field({ description: 'Why this version exists, e.g. the calibrated score change that caused it' })
  reason: string;

  @Field(() => Float, { description: 'The pool D in integer minor units' })
  amount: number;

  @Field()
  currency: string;

  @Field(() => [Float])
  thresholds: number[];

  @Field(() => [Float])
  coefficients: number[];

  @Field(() => Float, { nullable: true, description: 'The multiplier λ: y_i = clamp(ω_i c_i / λ, floor_i, cap_i)' })
  lambda: number | null;

  @Field(() => Float, { description: 'Σ ω_j c_j' })
  weightedSum: number;

  @Field(() => Float, { description: 'Σ amounts: always equal to the pool' })
  total: number;

  @Field(() => Int)
  people: number;

  @Field(() => Int)
  atFloor: number;

  @Field(() => Int)
  atCap: number;

  @Field(() => String, { nullable: true })
  publishedAt: string | null;

  @Field()
  createdAt: string;
}

const subject = (a: AllocationType) => a.personId;
const opts = (description?: string) => ({ permission: P.poolsRead, subject, description });

@ObjectType('IncentivesAllocation', { description: "One person's share; values visible to pool readers, the person and their managers" })
export class AllocationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  poolId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field()
  currency: string;

  @SensitiveField(() => Float, opts('ω'))
  weight: number | null;

  @SensitiveField(() => Float, opts('s (calibrated if calibrated)'))
  score: number | null;

  @SensitiveField(() => Int, opts('1 = top band'))
  band: number | null;

  @SensitiveField(() => Float, opts('c from the bands'))
  coefficient: number | null;

  @SensitiveField(() => Float, opts('Minor units'))
  floor: number | null;

  @SensitiveField(() => Float, opts('Minor units'))
  cap: number | null;

  @SensitiveField(() => Float, opts('clamp(ω c / λ, floor, cap) before rounding, minor units'))
  exactAmount: number | null;

  @SensitiveField(() => Float, opts('Whole minor units; a version adds up to the pool exactly'))
  amount: number | null;

  @SensitiveField(() => Int, opts('−1 held at the floor, +1 at the cap, 0 neither'))
  bound: number | null;

  @SensitiveField(() => Float, opts('Amount in the previously published version'))
  previousAmount: number | null;

  @SensitiveField(() => Float, opts('amount − previousAmount'))
  delta: number | null;
}

@ObjectType('IncentivesAllocationDiffRow')
export class AllocationDiffRowType {
  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field(() => Float, { nullable: true })
  scoreBefore: number | null;

  @Field(() => Float, { nullable: true })
  scoreAfter: number | null;

  @Field(() => Float, { nullable: true })
  before: number | null;

  @Field(() => Float, { nullable: true })
  after: number | null;

  @Field(() => Float)
  delta: number;
}

@ObjectType('IncentivesAllocationDiff', { description: 'Per-person difference between two versions of a pool' })
export class AllocationDiffType {
  @Field(() => ID)
  poolId: string;

  @Field(() => Int)
  fromVersion: number;

  @Field(() => Int)
  toVersion: number;

  @Field(() => Float)
  totalBefore: number;

  @Field(() => Float)
  totalAfter: number;

  @Field(() => [AllocationDiffRowType], { description: 'Everyone in either version, largest change first' })
  rows: AllocationDiffRowType[];
}

@ObjectType('IncentivesPoolInputRow')
export class PoolInputRowType {
  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field(() => Float, { description: 'ω (0 when it cannot be computed: see error)' })
  weight: number;

  @Field()
  weightExplanation: string;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Int, { nullable: true })
  band: number | null;

  @Field(() => Float)
  coefficient: number;

  @Field(() => Float, { description: 'Effective floor in minor units (0 when none)' })
  floor: number;

  @Field(() => Float, { nullable: true, description: 'Effective cap in minor units (null = no cap)' })
  cap: number | null;

  @Field(() => String, { nullable: true, description: 'Why this person cannot be allocated as configured' })
  error: string | null;
}

@ObjectType('IncentivesPoolInputs', {
  description: 'Everything solver.allocate needs, so the console can recompute in the browser with the same WASM solver',
})
export class PoolInputsType {
  @Field(() => ID)
  poolId: string;

  @Field(() => Float, { description: 'pool (D) in minor units' })
  amount: number;

  @Field()
  currency: string;

  @Field(() => Float, { description: 'Rounding unit passed to allocate (1 = whole minor units)' })
  unit: number;

  @Field(() => [Float])
  thresholds: number[];

  @Field(() => [Float])
  coefficients: number[];

  @Field(() => [BandType])
  bands: BandType[];

  @Field(() => [PoolInputRowType], { description: 'In the order the server passes them to the solver' })
  people: PoolInputRowType[];
}
