import { Field, Float, ID, InputType, Int } from '@cadre/sdk/graphql';
import { IsInt, IsNumber, IsOptional, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';

@InputType()
export class StaffingWeightsInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  skillFit?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  priority?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  preference?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  growth?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  continuity?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  availability?: number;
}

@InputType()
export class ProposeStaffingPlanInput {
  @Field(() => ID, { nullable: true, description: "Plan this unit's projects (and its sub-units'); omit for the whole organisation (structure.projects.admin)" })
  @IsOptional()
  @MaxLength(36)
  unitId?: string | null;

  @Field(() => StaffingWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffingWeightsInput)
  weights?: StaffingWeightsInput | null;

  @Field(() => Float, { defaultValue: 0.3, description: 'Minimum skill coverage for a pair to be a candidate (continuity and positive preferences always are)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must be from 0 to 1' })
  @Max(1, { message: 'must be from 0 to 1' })
  minFit: number;

  @Field(() => Int, { defaultValue: 8, description: 'Candidates kept per person' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be from 1 to 50' })
  @Max(50, { message: 'must be from 1 to 50' })
  topK: number;

  @Field({ defaultValue: false, description: 'Everyone in the pool must be placed' })
  requireAll: boolean;

  @Field({ defaultValue: false, description: 'Also plan people who manage others (they are left out unless already on a planned project)' })
  includeManagers: boolean;
}
