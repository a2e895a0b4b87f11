import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { ExpectedUpdatedAtField } from '@cadre/sdk';
import { DevelopmentSkillLevelInput, DevelopmentSkillLevelType } from '../shared/shared.types.js';

export enum CareerTrack {
  IC = 'ic',
  MANAGEMENT = 'management',
}
registerEnumType(CareerTrack, { name: 'CareerTrack', description: 'IC: individual contributor; MANAGEMENT: people managers' });

@ObjectType('CareerLevel')
export class CareerLevelType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  ladderId: string;

  @Field({ description: 'The level code people carry, e.g. P5' })
  code: string;

  @Field(() => Int)
  rank: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [DevelopmentSkillLevelType], { description: 'Skills expected at this level' })
  expectations: DevelopmentSkillLevelType[];

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt' })
  updatedAt: string;
}

@ObjectType('CareerLadder')
export class CareerLadderType {
  @Field(() => ID)
  id: string;

  @Field(() => CareerTrack)
  track: CareerTrack;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [CareerLevelType], { description: 'Junior to senior' })
  levels: CareerLevelType[];
}

@InputType()
export class CreateCareerLadderInput {
  @Field(() => CareerTrack)
  @IsEnum(CareerTrack)
  track: CareerTrack;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;
}

@InputType()
export class UpdateCareerLadderInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;
}

@InputType()
export class CareerLevelInput {
  @Field(() => ID)
  ladderId: string;

  @Field({ description: 'Creates the level, or replaces the one with this code' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'must be a short code such as P5' })
  code: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  rank: number;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;

  @Field(() => [DevelopmentSkillLevelInput])
  @ValidateNested({ each: true })
  @Type(() => DevelopmentSkillLevelInput)
  @ArrayMaxSize(50)
  expectations: DevelopmentSkillLevelInput[];

  /** Only when editing the level with this code: the version its form was filled from. */
  @ExpectedUpdatedAtField('the level')
  expectedUpdatedAt?: string | null;
}
