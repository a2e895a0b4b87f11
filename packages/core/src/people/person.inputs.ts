import { fieldMessage, msg } from '../i18n/msg.js';
import { Field, Float, InputType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { IsCalendarDate } from '../graphql/validators.js';
import { ExpectedUpdatedAtField } from '../database/unchanged-since.js';

export const TRACKS = ['ic', 'management'] as const;
export const STATUSES = ['active', 'leave', 'terminated'] as const;
export const LEAVE_TYPES = ['voluntary', 'involuntary'] as const;

@InputType()
export class DepartureInput {
  @Field({ nullable: true, description: "'voluntary' or 'involuntary'" })
  @IsOptional()
  @IsIn(LEAVE_TYPES, { message: fieldMessage(msg`must be one of ${LEAVE_TYPES.join(', ')}`) })
  type?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  regretted?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}

@InputType()
export class CompensationInput {
  @Field(() => Float)
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0, { message: 'must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  base: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  currency: string;
}

@InputType()
export class CreatePersonInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{0,20}$/, { message: 'must be a short code such as L5' })
  level?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(TRACKS, { message: fieldMessage(msg`must be one of ${TRACKS.join(', ')}`) })
  track?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  managerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  orgUnitId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  hireDate?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(STATUSES, { message: fieldMessage(msg`must be one of ${STATUSES.join(', ')}`) })
  status?: string;

  @Field(() => String, { nullable: true, description: "Last working day; set to today when status becomes 'terminated' without one" })
  @IsOptional()
  @IsCalendarDate()
  leaveDate?: string | null;

  @Field(() => DepartureInput, { nullable: true, description: 'Why they leave (needs people.departures.write and a leave date)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DepartureInput)
  departure?: DepartureInput | null;

  @Field(() => CompensationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompensationInput)
  compensation?: CompensationInput | null;
}

/** Every field optional; the same rules as creating. */
@InputType()
export class UpdatePersonInput extends PartialType(CreatePersonInput) {
  @ExpectedUpdatedAtField('the person')
  expectedUpdatedAt?: string | null;
}

@InputType()
export class PeopleFilter {
  @Field({ nullable: true, description: 'Matches name, email or title' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(STATUSES, { message: fieldMessage(msg`must be one of ${STATUSES.join(', ')}`) })
  status?: string;

  @Field({ nullable: true })
  @IsOptional()
  managerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  orgUnitId?: string;

  @Field({ nullable: true })
  @IsOptional()
  level?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(TRACKS, { message: fieldMessage(msg`must be one of ${TRACKS.join(', ')}`) })
  track?: string;
}

export const PAGE_MAX = 200;
