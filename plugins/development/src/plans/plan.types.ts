import { IsCalendarDate } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { CareerLevelType } from '../ladders/ladder.types.js';
import { DevelopmentPersonType } from '../shared/shared.types.js';

export enum DevelopmentPlanStatus {
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
registerEnumType(DevelopmentPlanStatus, { name: 'DevelopmentPlanStatus' });

export enum DevelopmentGoalStatus {
  OPEN = 'open',
  DONE = 'done',
  DROPPED = 'dropped',
}
registerEnumType(DevelopmentGoalStatus, { name: 'DevelopmentGoalStatus' });

@ObjectType('DevelopmentGoal')
export class DevelopmentGoalType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ID, { nullable: true })
  skillId: string | null;

  @Field(() => String, { nullable: true })
  skillName: string | null;

  @Field(() => Int, { nullable: true })
  targetLevel: number | null;

  @Field(() => String, { nullable: true })
  dueOn: string | null;

  @Field(() => DevelopmentGoalStatus)
  status: DevelopmentGoalStatus;

  @Field(() => String, { nullable: true })
  doneAt: string | null;
}

@ObjectType('DevelopmentPlan')
export class DevelopmentPlanType {
  @Field(() => ID)
  id: string;

  @Field(() => DevelopmentPersonType)
  person: DevelopmentPersonType;

  @Field(() => DevelopmentPersonType, { nullable: true })
  mentor: DevelopmentPersonType | null;

  @Field(() => CareerLevelType, { nullable: true })
  targetLevel: CareerLevelType | null;

  @Field(() => DevelopmentPlanStatus)
  status: DevelopmentPlanStatus;

  @Field(() => String, { nullable: true })
  dueOn: string | null;

  @Field()
  summary: string;

  @Field(() => [DevelopmentGoalType])
  goals: DevelopmentGoalType[];

  @Field(() => Float, { description: 'Share of goals done (dropped ones excluded), 0–1' })
  progress: number;

  @Field(() => DevelopmentPersonType, { nullable: true })
  createdBy: DevelopmentPersonType | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field({ description: 'Whether the viewer may change the plan (its managers and hr)' })
  canEdit: boolean;
}

@InputType()
export class DevelopmentGoalInput {
  @Field()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  skillId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be from 1 to 5' })
  @Max(5, { message: 'must be from 1 to 5' })
  targetLevel?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

@InputType()
export class CreateDevelopmentPlanInput {
  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  mentorId?: string;

  @Field(() => ID, { nullable: true, description: 'A career level (CareerLevel.id)' })
  @IsOptional()
  targetLevelId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @Field({ defaultValue: '' })
  @MaxLength(10_000)
  summary: string;

  @Field(() => [DevelopmentGoalInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => DevelopmentGoalInput)
  @ArrayMaxSize(50)
  goals?: DevelopmentGoalInput[];
}

@InputType()
export class UpdateDevelopmentPlanInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  mentorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  targetLevelId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  summary?: string;

  @Field(() => DevelopmentPlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentPlanStatus)
  status?: DevelopmentPlanStatus;
}

@InputType()
export class UpdateDevelopmentGoalInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @Field(() => DevelopmentGoalStatus, { nullable: true, description: 'The person may set this on their own plan' })
  @IsOptional()
  @IsEnum(DevelopmentGoalStatus)
  status?: DevelopmentGoalStatus;
}
