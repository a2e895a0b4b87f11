import { SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import { OrgPersonType } from '../shared/person-ref.js';

export enum SkillEvidenceKindEnum {
  SELF = 'self',
  MANAGER = 'manager',
  REVIEW = 'review',
  KNOWLEDGE = 'knowledge',
  COURSE = 'course',
}
registerEnumType(SkillEvidenceKindEnum, {
  name: 'SkillEvidenceKind',
  description: 'Where a level comes from: self-assessment, manager, performance review, authored knowledge or a completed course',
});

@ObjectType('Skill')
export class SkillType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ID)
  categoryId: string;

  @Field()
  categoryName: string;
}

@ObjectType('SkillMerge', { description: 'What mergeSkills moved onto the target skill' })
export class SkillMergeType {
  @Field(() => SkillType, { description: 'The target, which now holds everything' })
  skill: SkillType;

  @Field(() => Int, { description: "People's levels moved (with a level in both, the higher one is kept unless an assessment outranks a self-assessment)" })
  levels: number;

  @Field(() => Int, { description: 'Evidence items moved, each kept as recorded' })
  evidence: number;

  @Field(() => Int, { description: 'Assessments carried over as the newest evidence, so that a higher but older level is not outranked by a newer, lower one of the other skill' })
  carriedOver: number;

  @Field(() => Int, { description: 'Project requirements re-pointed (a project that required both keeps the higher minimum level and weight)' })
  requirements: number;
}

@ObjectType('SkillCategory')
export class SkillCategoryType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [SkillType])
  skills: SkillType[];
}

@ObjectType('SkillEvidence')
export class SkillEvidenceType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => SkillEvidenceKindEnum)
  kind: SkillEvidenceKindEnum;

  @Field(() => Int)
  level: number;

  @SensitiveField(() => String, {
    permission: PERM.skillsAdmin,
    subject: (e: SkillEvidenceType) => e.personId,
    description: 'Visible to the person, their management chain and holders of structure.skills.admin (it may quote a review)',
  })
  note: string | null;

  @Field(() => ID, { nullable: true })
  recordedById: string | null;

  @Field()
  createdAt: string;
}

@ObjectType('SkillSourceLevel', { description: 'What one kind of evidence says about a level' })
export class SkillSourceLevelType {
  @Field(() => SkillEvidenceKindEnum)
  kind: SkillEvidenceKindEnum;

  @Field(() => Int, { description: 'The latest assessment (self, manager, review) or the highest proof (knowledge, course)' })
  level: number;

  @Field({ description: 'When that evidence was recorded' })
  recordedAt: string;

  @Field({ description: 'This source decided the level' })
  decides: boolean;

  @Field({ description: 'Recorded after the latest manager or review assessment and above it: a claim for the manager to confirm' })
  claimAboveAssessed: boolean;
}

@ObjectType('SkillProfileEntry')
export class SkillProfileEntryType {
  @Field(() => SkillType)
  skill: SkillType;

  @Field(() => Int, {
    description: 'The latest manager or review assessment when there is one (nothing else raises it); otherwise the latest self-assessment, raised by knowledge and course evidence',
  })
  level: number;

  @Field(() => SkillEvidenceKindEnum, { nullable: true, description: 'The source that decided the level (null without evidence)' })
  levelSource: SkillEvidenceKindEnum | null;

  @Field(() => [SkillSourceLevelType], { description: 'One per kind of evidence on file, in the order SELF, MANAGER, REVIEW, KNOWLEDGE, COURSE' })
  sources: SkillSourceLevelType[];

  @Field(() => Int, { nullable: true, description: 'The highest claim above the assessed level since the latest assessment (null: none)' })
  claimedLevel: number | null;

  @Field(() => [SkillEvidenceKindEnum])
  evidenceKinds: SkillEvidenceKindEnum[];

  @Field(() => [SkillEvidenceType], { description: 'Newest first' })
  evidence: SkillEvidenceType[];

  @Field()
  updatedAt: string;
}

@ObjectType('SkillProfile')
export class SkillProfileType {
  @Field(() => OrgPersonType)
  person: OrgPersonType;

  @Field(() => [SkillProfileEntryType], { description: 'By category, then skill name' })
  entries: SkillProfileEntryType[];
}

@ObjectType('SkillHeatmapUnit')
export class SkillHeatmapUnitType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int)
  headcount: number;
}

@ObjectType('SkillHeatmapCell')
export class SkillHeatmapCellType {
  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  skillId: string;

  @Field(() => Float, { description: 'Mean level over the unit members (no level counts as 0)' })
  average: number;

  @Field(() => Int, { description: 'Members at or above the threshold' })
  atLeast: number;

  @Field(() => Int, { description: 'Members with a level on file' })
  assessed: number;
}

@ObjectType('SkillHeatmap')
export class SkillHeatmapType {
  @Field(() => Int)
  threshold: number;

  @Field(() => [SkillHeatmapUnitType])
  units: SkillHeatmapUnitType[];

  @Field(() => [SkillType])
  skills: SkillType[];

  @Field(() => [SkillHeatmapCellType], { description: 'One per unit × skill' })
  cells: SkillHeatmapCellType[];
}
