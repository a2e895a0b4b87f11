import { fieldMessage, msg } from '@cadre/sdk';
import { Field, Float, ID, InputType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { WEIGHT_RULES } from './weights.js';

const MONEY = { message: 'must be a whole number of minor units' };

@InputType('IncentivesLevelTargetInput')
export class LevelTargetInput {
  @Field()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'must be a level code such as P5' })
  level: string;

  @Field(() => Float)
  @Min(0, { message: 'must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  value: number;
}

@InputType('IncentivesPoolMemberInput')
export class PoolMemberInput {
  @Field(() => ID)
  @IsString()
  personId: string;

  @Field(() => Float, { nullable: true, description: 'Own weight ω, overriding the weight rule' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(1e15)
  weight?: number | null;

  @Field(() => Float, { nullable: true, description: 'Minor units' })
  @IsOptional()
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  floor?: number | null;

  @Field(() => Float, { nullable: true, description: 'Minor units' })
  @IsOptional()
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  cap?: number | null;
}

/** The model's parameters; optional here, required ones are redeclared by CreateBonusPoolInput. */
@InputType({ isAbstract: true })
export abstract class PoolParametersInput {
  @Field(() => Float, { nullable: true, description: 'D in integer minor units' })
  @IsOptional()
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  amount?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  currency?: string;

  @Field({ nullable: true, description: "'salary-target-percent', 'target-by-level', 'equal' or 'custom'" })
  @IsOptional()
  @IsIn(WEIGHT_RULES, { message: fieldMessage(msg`must be one of ${WEIGHT_RULES.join(', ')}`) })
  weightRule?: string;

  @Field(() => [LevelTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LevelTargetInput)
  levelTargets?: LevelTargetInput[];

  @Field(() => Float, { nullable: true, description: 'Target for levels without their own' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  defaultTarget?: number | null;

  @Field(() => [Float], { nullable: true, description: "Default: the cycle's band thresholds" })
  @IsOptional()
  @ArrayMaxSize(19)
  thresholds?: number[];

  @Field(() => [Float], { nullable: true, description: "Default: the cycle's band coefficients" })
  @IsOptional()
  @ArrayMaxSize(20)
  coefficients?: number[];

  @Field(() => Float, { nullable: true, description: 'Floor for members without their own (minor units)' })
  @IsOptional()
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  defaultFloor?: number | null;

  @Field(() => Float, { nullable: true, description: 'Cap for members without their own (minor units)' })
  @IsOptional()
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  defaultCap?: number | null;

  @Field(() => [PoolMemberInput], { nullable: true, description: 'Eligible people (default at creation: every participant of the cycle)' })
  @IsOptional()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => PoolMemberInput)
  members?: PoolMemberInput[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  note?: string;
}

@InputType('CreateBonusPoolInput')
export class CreateBonusPoolInput extends PoolParametersInput {
  @Field(() => ID)
  @IsString()
  cycleId: string;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field(() => Float, { description: 'D in integer minor units' })
  @IsInt(MONEY)
  @Min(0, { message: 'must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  declare amount: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  declare currency: string;

  @Field({ description: "'salary-target-percent', 'target-by-level', 'equal' or 'custom'" })
  @IsIn(WEIGHT_RULES, { message: fieldMessage(msg`must be one of ${WEIGHT_RULES.join(', ')}`) })
  declare weightRule: string;
}

@InputType('UpdateBonusPoolInput')
export class UpdateBonusPoolInput extends PoolParametersInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;
}

@InputType('CreateBonusScenarioInput', { description: 'A what-if copy of a pool with some parameters changed' })
export class CreateBonusScenarioInput extends PoolParametersInput {
  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;
}
