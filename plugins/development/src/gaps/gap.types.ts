import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { CareerLevelType } from '../ladders/ladder.types.js';
import { DevelopmentPersonType } from '../shared/shared.types.js';

@ObjectType('DevelopmentCourseRecommendation')
export class DevelopmentCourseRecommendationType {
  @Field(() => ID)
  courseId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'The level of the skill the course takes a learner to' })
  reachesLevel: number;

  @Field({ description: 'Why this course' })
  reason: string;
}

@ObjectType('DevelopmentMentorRecommendation')
export class DevelopmentMentorRecommendationType {
  @Field(() => DevelopmentPersonType)
  person: DevelopmentPersonType;

  @Field(() => Float, { description: "The knowledge plugin's expertise score" })
  score: number;

  @Field(() => Int)
  level: number;

  @Field(() => [String])
  evidence: string[];

  @Field({ description: 'Why this mentor' })
  reason: string;
}

@ObjectType('DevelopmentExpectation')
export class DevelopmentExpectationType {
  @Field(() => ID)
  skillId: string;

  @Field()
  skillName: string;

  @Field(() => Int)
  expected: number;

  @Field(() => Int)
  current: number;

  @Field()
  met: boolean;
}

@ObjectType('DevelopmentSkillGap')
export class DevelopmentSkillGapType {
  @Field(() => ID)
  skillId: string;

  @Field()
  skillName: string;

  @Field(() => Int, { description: 'What the target level expects' })
  expected: number;

  @Field(() => Int, { description: 'The current level from the skill profile (0 when absent)' })
  current: number;

  @Field(() => Int, { description: 'expected − current' })
  gap: number;

  @Field(() => [DevelopmentCourseRecommendationType])
  courses: DevelopmentCourseRecommendationType[];

  @Field(() => [DevelopmentMentorRecommendationType])
  mentors: DevelopmentMentorRecommendationType[];
}

@ObjectType('DevelopmentSkillGapReport')
export class DevelopmentSkillGapReportType {
  @Field(() => DevelopmentPersonType)
  person: DevelopmentPersonType;

  @Field(() => CareerLevelType)
  target: CareerLevelType;

  @Field({ description: "Where the target came from: 'given', 'plan' (the active plan) or 'next-level' (the next rung of the person's ladder)" })
  targetSource: string;

  @Field({ description: 'How gaps and recommendations are computed' })
  method: string;

  @Field(() => [DevelopmentExpectationType])
  expectations: DevelopmentExpectationType[];

  @Field(() => [DevelopmentSkillGapType], { description: 'Widest gap first' })
  gaps: DevelopmentSkillGapType[];
}

export enum DevelopmentGapRecommendation {
  COVERED = 'covered',
  TRAINING = 'training',
  REQUISITION = 'requisition',
}
registerEnumType(DevelopmentGapRecommendation, { name: 'DevelopmentGapRecommendation' });

@ObjectType('DevelopmentPersonLevel')
export class DevelopmentPersonLevelType {
  @Field(() => DevelopmentPersonType)
  person: DevelopmentPersonType;

  @Field(() => Int)
  level: number;
}

@ObjectType('DevelopmentRequirementGap')
export class DevelopmentRequirementGapType {
  @Field(() => ID)
  projectId: string;

  @Field()
  projectName: string;

  @Field(() => ID)
  skillId: string;

  @Field()
  skillName: string;

  @Field(() => Int)
  minLevel: number;

  @Field(() => Float)
  weight: number;

  @Field(() => DevelopmentGapRecommendation)
  recommendation: DevelopmentGapRecommendation;

  @Field(() => [DevelopmentPersonLevelType], { description: 'Members at or above the level' })
  coveredBy: DevelopmentPersonLevelType[];

  @Field(() => [DevelopmentPersonLevelType], { description: 'Members close enough to train' })
  candidates: DevelopmentPersonLevelType[];

  @Field(() => [DevelopmentCourseRecommendationType], { description: 'Courses for the candidates' })
  courses: DevelopmentCourseRecommendationType[];

  @Field()
  reason: string;
}

@ObjectType('DevelopmentProjectCoverage')
export class DevelopmentProjectCoverageType {
  @Field(() => ID)
  projectId: string;

  @Field()
  name: string;

  @Field(() => Int)
  priority: number;

  @Field(() => [DevelopmentRequirementGapType])
  requirements: DevelopmentRequirementGapType[];
}

@ObjectType('DevelopmentRequisitionNeed')
export class DevelopmentRequisitionNeedType {
  @Field(() => ID)
  skillId: string;

  @Field()
  skillName: string;

  @Field(() => Int)
  level: number;

  @Field(() => [String])
  projects: string[];

  @Field()
  reason: string;

  @Field({ description: 'Already suggested (and announced) before' })
  alreadySuggested: boolean;
}

@ObjectType('DevelopmentTeamGapAnalysis')
export class DevelopmentTeamGapAnalysisType {
  @Field(() => ID, { nullable: true, description: 'null: the whole company' })
  unitId: string | null;

  @Field()
  unitName: string;

  @Field(() => Int)
  memberCount: number;

  @Field({ description: 'How requirements are judged' })
  rule: string;

  @Field(() => [DevelopmentProjectCoverageType])
  projects: DevelopmentProjectCoverageType[];

  @Field(() => [DevelopmentRequirementGapType], { description: 'Requirements nobody meets' })
  gaps: DevelopmentRequirementGapType[];

  @Field(() => [DevelopmentRequisitionNeedType], { description: 'Gaps nobody is close to: hire' })
  requisitions: DevelopmentRequisitionNeedType[];
}
