import { ExpectedUpdatedAtField, SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, Length, Matches, Min } from '@cadre/sdk/validation';
import { P } from '../shared/permissions.js';

const MONEY = { message: 'must be a whole number of minor units' };
const companyWide = { permission: P.compReadAll, subject: () => null };

@ObjectType('IncentivesMeritMatrix', { description: "Raise % by band × position in the salary range (attraction's compensation band of the person's job family × level), against a raise budget" })
export class MeritMatrixType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field()
  name: string;

  @SensitiveField(() => Float, { ...companyWide, description: 'Raise budget in minor units' })
  budget: number | null;

  @Field()
  currency: string;

  @Field(() => [Float], { description: 'Ascending breaks in (0, 1): column j holds positions from break j−1 up to break j' })
  positionBreaks: number[];

  @Field(() => [[Float]], { description: 'cells[band − 1][column] = raise %' })
  cells: number[][];

  @Field({ description: "'draft' → 'computed' → 'approved'" })
  status: string;

  @Field(() => String, { nullable: true })
  approvedAt: string | null;

  @SensitiveField(() => Float, { ...companyWide, description: 'Σ base × matrix % before fitting the budget' })
  totalProposed: number | null;

  @SensitiveField(() => Float, { ...companyWide, description: 'Σ increases: at most the budget' })
  totalAmount: number | null;

  @SensitiveField(() => Boolean, { ...companyWide, description: 'Whether the matrix fits the budget without scaling' })
  withinBudget: boolean | null;

  @Field(() => Int)
  increaseCount: number;

  @Field()
  createdAt: string;

  @Field({ description: 'Changes with every edit, computation and approval: send it back as expectedUpdatedAt' })
  updatedAt: string;
}

const subject = (m: MeritIncreaseType) => m.personId;

@ObjectType('IncentivesMeritIncrease')
export class MeritIncreaseType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  matrixId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field()
  currency: string;

  @SensitiveField(() => Int, { permission: P.compReadAll, subject })
  band: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject })
  positionInRange: number | null;

  @SensitiveField(() => Int, { permission: P.compReadAll, subject })
  positionColumn: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject })
  matrixPercent: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject })
  baseSalary: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject, description: 'Base × matrix %' })
  proposedAmount: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject, description: 'After fitting the budget (minor units)' })
  amount: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject })
  newBase: number | null;

  @Field()
  note: string;
}

@InputType({ isAbstract: true })
export abstract class MeritFieldsInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  budget?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  currency?: string;

  @Field(() => [Float], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(9)
  positionBreaks?: number[];

  @Field(() => [[Float]], { nullable: true, description: "One row per band of the cycle, one column per position bucket (breaks + 1)" })
  @IsOptional()
  @ArrayMaxSize(20)
  cells?: number[][];
}

@InputType('CreateMeritMatrixInput')
export class CreateMeritMatrixInput extends MeritFieldsInput {
  @Field(() => ID)
  @IsString()
  cycleId: string;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field(() => Float, { description: 'Raise budget in minor units' })
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  declare budget: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  declare currency: string;

  @Field(() => [Float])
  @ArrayMaxSize(9)
  declare positionBreaks: number[];

  @Field(() => [[Float]])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  declare cells: number[][];
}

@InputType('UpdateMeritMatrixInput')
export class UpdateMeritMatrixInput extends MeritFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @ExpectedUpdatedAtField('the merit matrix')
  expectedUpdatedAt?: string | null;
}

