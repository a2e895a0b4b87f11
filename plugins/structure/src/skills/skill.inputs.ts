import { Field, ID, InputType, Int } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from '@cadre/sdk/validation';
import { SkillEvidenceKindEnum } from './skill.types.js';

@InputType()
export class CreateSkillCategoryInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class UpdateSkillCategoryInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class CreateSkillInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  categoryId: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class UpdateSkillInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  categoryId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class SetSkillLevelInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  personId: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  skillId: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number from 0 to 5' })
  @Min(0, { message: 'must be a whole number from 0 to 5' })
  @Max(5, { message: 'must be a whole number from 0 to 5' })
  level: number;

  @Field(() => SkillEvidenceKindEnum, { defaultValue: SkillEvidenceKindEnum.MANAGER, description: 'MANAGER or REVIEW (SELF: setOwnSkillLevel; KNOWLEDGE and COURSE come from the knowledge and development plugins)' })
  @IsEnum(SkillEvidenceKindEnum)
  @IsIn([SkillEvidenceKindEnum.MANAGER, SkillEvidenceKindEnum.REVIEW], { message: 'must be MANAGER or REVIEW' })
  evidence: SkillEvidenceKindEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class SetOwnSkillLevelInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  skillId: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number from 0 to 5' })
  @Min(0, { message: 'must be a whole number from 0 to 5' })
  @Max(5, { message: 'must be a whole number from 0 to 5' })
  level: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class SkillHeatmapInput {
  @Field(() => [ID], { nullable: true, description: 'Rows; default: every unit' })
  @IsOptional()
  @ArrayMaxSize(500)
  unitIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Columns; default: every skill (of the category)' })
  @IsOptional()
  @ArrayMaxSize(500)
  skillIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  categoryId?: string | null;

  @Field(() => Int, { defaultValue: 3, description: 'Level counted in atLeast' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be from 0 to 5' })
  @Max(5, { message: 'must be from 0 to 5' })
  threshold: number;

  @Field({ defaultValue: true, description: 'Count members of sub-units too' })
  recursive: boolean;
}
