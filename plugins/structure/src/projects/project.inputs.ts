import { IsCalendarDate, ExpectedUpdatedAtField } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsNumber, IsOptional, IsString, Length, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { ProjectStatusEnum } from './project.types.js';

@InputType()
export class CreateProjectInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  ownerUnitId?: string | null;

  @Field(() => ProjectStatusEnum, { defaultValue: ProjectStatusEnum.PLANNED })
  @IsEnum(ProjectStatusEnum)
  status: ProjectStatusEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => Int, { defaultValue: 3 })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  priority: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(10_000)
  headcountMin: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(10_000)
  headcountMax: number;
}

@InputType()
export class UpdateProjectInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  ownerUnitId?: string | null;

  @Field(() => ProjectStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatusEnum)
  status?: ProjectStatusEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  priority?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(10_000)
  headcountMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(10_000)
  headcountMax?: number;

  @ExpectedUpdatedAtField('the project')
  expectedUpdatedAt?: string | null;
}

@InputType()
export class ProjectRequirementInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  skillId: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number from 0 to 5' })
  @Min(0, { message: 'must be a whole number from 0 to 5' })
  @Max(5, { message: 'must be a whole number from 0 to 5' })
  minLevel: number;

  @Field(() => Float, { defaultValue: 1, description: 'Relative importance (> 0)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01, { message: 'must be greater than 0' })
  @Max(100)
  weight: number;
}

@InputType()
export class SetProjectRequirementsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  projectId: string;

  @Field(() => [ProjectRequirementInput], { description: 'Replaces all requirements' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProjectRequirementInput)
  requirements: ProjectRequirementInput[];
}

@InputType()
export class AssignToProjectInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  projectId: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  personId: string;

  @Field(() => Int, { defaultValue: 100, description: 'Percent of their time, 1–100' })
  @IsInt({ message: 'must be a whole percent from 1 to 100' })
  @Min(1, { message: 'must be a whole percent from 1 to 100' })
  @Max(100, { message: 'must be a whole percent from 1 to 100' })
  allocation: number;
}

@InputType()
export class ProjectFilterInput {
  @Field(() => ID, { nullable: true, description: 'Projects owned by this unit (and its sub-units unless includeSubunits is false)' })
  @IsOptional()
  @MaxLength(36)
  unitId?: string | null;

  @Field({ defaultValue: true })
  includeSubunits: boolean;

  @Field(() => ProjectStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatusEnum)
  status?: ProjectStatusEnum | null;

  @Field(() => ID, { nullable: true, description: 'Projects this person works on' })
  @IsOptional()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only projects spanning several units' })
  @IsOptional()
  crossUnit?: boolean | null;
}

@InputType()
export class SetStaffingPreferenceInput {
  @Field(() => ID, { nullable: true, description: 'Default: yourself' })
  @IsOptional()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  projectId: string;

  @Field(() => Float, { description: '−1 … 1; 0 removes the preference' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1, { message: 'must be from -1 to 1' })
  @Max(1, { message: 'must be from -1 to 1' })
  strength: number;
}
