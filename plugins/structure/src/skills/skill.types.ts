import { SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import { OrgPersonType } from '../shared/person-ref.js';

export enum SkillEvidenceKindEnum {
  SELF = 'self',
  MANAGER = 'manager',
  REVIEW = 'review',
  KNOWLEDGE = 'knowledge',
}
registerEnumType(SkillEvidenceKindEnum, { name: 'SkillEvidenceKind', description: 'Where a level comes from: self-assessment, manager, performance review or authored knowledge' });

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

@ObjectType('SkillProfileEntry')
export class SkillProfileEntryType {
  @Field(() => SkillType)
  skill: SkillType;

  @Field(() => Int, { description: 'Latest manager/review level, else self; raised by knowledge evidence' })
  level: number;

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
