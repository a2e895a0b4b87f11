import { IsCalendarDate, ExpectedUpdatedAtField } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { DevelopmentMoneyInput, DevelopmentMoneyType, DevelopmentPersonType, DevelopmentSkillLevelInput, DevelopmentSkillLevelType } from '../shared/shared.types.js';

export enum DevelopmentCourseKind {
  INTERNAL = 'internal',
  EXTERNAL = 'external',
  EXPERT_SESSION = 'expert_session',
  CROSS_TRAINING = 'cross_training',
}
registerEnumType(DevelopmentCourseKind, { name: 'DevelopmentCourseKind', description: 'CROSS_TRAINING: time spent in another team (交叉培训); EXPERT_SESSION: an external expert (外部专家)' });

export enum DevelopmentEnrolmentStatus {
  ENROLLED = 'enrolled',
  COMPLETED = 'completed',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(DevelopmentEnrolmentStatus, { name: 'DevelopmentEnrolmentStatus' });

@ObjectType('DevelopmentEnrolment')
export class DevelopmentEnrolmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field()
  courseTitle: string;

  @Field(() => DevelopmentPersonType)
  person: DevelopmentPersonType;

  @Field(() => DevelopmentEnrolmentStatus)
  status: DevelopmentEnrolmentStatus;

  @Field()
  enrolledAt: string;

  @Field(() => String, { nullable: true })
  completedAt: string | null;

  @Field(() => Int, { nullable: true, description: "The learner's rating, 1–5" })
  rating: number | null;

  @Field(() => String, { nullable: true })
  feedback: string | null;
}

@ObjectType('DevelopmentCourse')
export class DevelopmentCourseType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => DevelopmentCourseKind)
  kind: DevelopmentCourseKind;

  @Field()
  description: string;

  @Field()
  provider: string;

  @Field(() => ID, { nullable: true, description: 'Cross-training: the hosting team' })
  hostUnitId: string | null;

  @Field(() => [DevelopmentSkillLevelType], { description: 'Skills taught and the level each takes a learner to' })
  skills: DevelopmentSkillLevelType[];

  @Field(() => Int)
  durationHours: number;

  @Field(() => Int, { nullable: true })
  capacity: number | null;

  @Field(() => DevelopmentMoneyType, { description: 'Per learner' })
  cost: DevelopmentMoneyType;

  @Field(() => String, { nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => ID, { nullable: true })
  programmeId: string | null;

  @Field()
  active: boolean;

  @Field(() => Int)
  enrolledCount: number;

  @Field(() => Int)
  completedCount: number;

  @Field(() => Float, { nullable: true, description: 'Mean learner rating' })
  averageRating: number | null;

  @Field(() => Int)
  feedbackCount: number;

  @Field(() => DevelopmentEnrolmentType, { nullable: true, description: "The viewer's own enrolment" })
  myEnrolment: DevelopmentEnrolmentType | null;

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt to edit safely' })
  updatedAt: string;
}

@ObjectType('DevelopmentProgramme')
export class DevelopmentProgrammeType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [DevelopmentCourseType])
  courses: DevelopmentCourseType[];
}

@InputType()
export class CreateCourseInput {
  @Field()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title: string;

  @Field(() => DevelopmentCourseKind)
  @IsEnum(DevelopmentCourseKind)
  kind: DevelopmentCourseKind;

  @Field({ defaultValue: '' })
  @MaxLength(10_000)
  description: string;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  provider: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  hostUnitId?: string;

  @Field(() => [DevelopmentSkillLevelInput])
  @ValidateNested({ each: true })
  @Type(() => DevelopmentSkillLevelInput)
  @ArrayMaxSize(20)
  skills: DevelopmentSkillLevelInput[];

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1, { message: 'must be at least 1 hour' })
  @Max(2000)
  durationHours: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  capacity?: number;

  @Field(() => DevelopmentMoneyInput, { nullable: true, description: 'Per learner; default free' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DevelopmentMoneyInput)
  cost?: DevelopmentMoneyInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  programmeId?: string;
}

@InputType()
export class UpdateCourseInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => [DevelopmentSkillLevelInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => DevelopmentSkillLevelInput)
  @ArrayMaxSize(20)
  skills?: DevelopmentSkillLevelInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  capacity?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @Field({ nullable: true, description: 'Inactive courses take no enrolments and are not recommended' })
  @IsOptional()
  active?: boolean;

  @ExpectedUpdatedAtField('the course')
  expectedUpdatedAt?: string | null;
}

@InputType()
export class DevelopmentCourseFilter {
  @Field(() => DevelopmentCourseKind, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentCourseKind)
  kind?: DevelopmentCourseKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  skillId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  programmeId?: string;

  @Field({ nullable: true, description: 'Only active courses' })
  @IsOptional()
  activeOnly?: boolean;
}

@InputType()
export class CourseFeedbackInput {
  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be from 1 to 5' })
  @Max(5, { message: 'must be from 1 to 5' })
  rating: number;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  comment: string;
}
