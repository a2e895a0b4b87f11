import { fieldMessage, IsCalendarDate, msg, SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from '@cadre/sdk/validation';
import { P } from '../shared/permissions.js';
import { GRANT_KINDS } from './equity-grant.entity.js';

@ObjectType('IncentivesVestingEvent')
export class VestingEventType {
  @Field()
  date: string;

  @Field(() => Int)
  units: number;

  @Field(() => Int)
  cumulative: number;
}

const subject = (g: EquityGrantType) => g.personId;

@ObjectType('IncentivesEquityGrant', { description: 'Options or units with a vesting schedule; amounts visible to compensation administrators, the person and their managers' })
export class EquityGrantType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @Field({ description: "'new-hire', 'refresh' or 'promotion'" })
  kind: string;

  @SensitiveField(() => Int, { permission: P.compReadAll, subject })
  units: number | null;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject, description: 'Exercise price per unit in minor units (null for restricted units)' })
  strikePrice: number | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field()
  grantDate: string;

  @Field()
  vestingStart: string;

  @Field(() => Int)
  cliffMonths: number;

  @Field(() => Int)
  vestingMonths: number;

  @Field(() => Int)
  frequencyMonths: number;

  @Field({ description: "'proposed' → 'granted', or 'cancelled'" })
  status: string;

  @Field()
  note: string;

  @Field(() => String, { nullable: true, description: 'Email of who proposed it (null when made from an accepted offer)' })
  createdBy: string | null;

  @Field(() => String, { nullable: true, description: 'Email of who approved it (proposed → granted)' })
  approvedBy: string | null;

  @Field(() => String, { nullable: true })
  approvedAt: string | null;

  @SensitiveField(() => Int, { permission: P.compReadAll, subject, description: 'Vested as of today' })
  vestedUnits: number | null;

  @SensitiveField(() => [VestingEventType], { permission: P.compReadAll, subject })
  schedule: VestingEventType[] | null;
}

@InputType('CreateEquityGrantInput')
export class CreateEquityGrantInput {
  @Field(() => ID)
  @IsString()
  personId: string;

  @Field({ description: "'new-hire', 'refresh' or 'promotion'" })
  @IsIn(GRANT_KINDS, { message: fieldMessage(msg`must be one of ${GRANT_KINDS.join(', ')}`) })
  kind: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(1_000_000_000)
  units: number;

  @Field(() => Float, { nullable: true, description: 'Minor units per unit' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0, { message: 'must not be negative' })
  strikePrice?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  currency?: string | null;

  @Field()
  @IsCalendarDate()
  grantDate: string;

  @Field(() => String, { nullable: true, description: 'Default: the grant date' })
  @IsOptional()
  @IsCalendarDate()
  vestingStart?: string | null;

  @Field(() => Int, { defaultValue: 12 })
  @IsInt()
  @Min(0)
  @Max(60)
  cliffMonths: number;

  @Field(() => Int, { defaultValue: 48 })
  @IsInt()
  @Min(1)
  @Max(120)
  vestingMonths: number;

  @Field(() => Int, { defaultValue: 3, description: '1, 3, 6 or 12' })
  @IsIn([1, 3, 6, 12], { message: 'must be 1, 3, 6 or 12' })
  frequencyMonths: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
