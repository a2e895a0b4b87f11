import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { OrgPersonType } from '../shared/person-ref.js';

export enum ProjectStatusEnum {
  PLANNED = 'planned',
  ACTIVE = 'active',
  CLOSED = 'closed',
}
registerEnumType(ProjectStatusEnum, { name: 'StructureProjectStatus' });

export enum StaffingLevelEnum {
  UNDERSTAFFED = 'understaffed',
  STAFFED = 'staffed',
  FULL = 'full',
}
registerEnumType(StaffingLevelEnum, { name: 'StructureStaffingLevel', description: 'Headcount against the minimum and maximum' });

@ObjectType('StructureProjectRequirement')
export class ProjectRequirementType {
  @Field(() => ID)
  skillId: string;

  @Field()
  skillName: string;

  @Field(() => Int)
  minLevel: number;

  @Field(() => Float)
  weight: number;
}

@ObjectType('StructureAssignment')
export class AssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => OrgPersonType, { nullable: true })
  person: OrgPersonType | null;

  @Field(() => ID, { nullable: true, description: "The person's org unit" })
  unitId: string | null;

  @Field(() => Int, { description: 'Percent of their time' })
  allocation: number;

  @Field({ description: 'When the assignment was made' })
  since: string;
}

@ObjectType('StructureProject')
export class ProjectType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true })
  ownerUnitId: string | null;

  @Field(() => String, { nullable: true })
  ownerUnitName: string | null;

  @Field(() => ProjectStatusEnum)
  status: ProjectStatusEnum;

  @Field(() => String, { nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => Int, { description: '1 (nice to have) … 5 (company critical)' })
  priority: number;

  @Field(() => Int)
  headcountMin: number;

  @Field(() => Int)
  headcountMax: number;

  @Field(() => Int)
  headcount: number;

  @Field(() => StaffingLevelEnum)
  staffing: StaffingLevelEnum;

  @Field(() => [ProjectRequirementType])
  requirements: ProjectRequirementType[];

  @Field(() => [AssignmentType])
  assignments: AssignmentType[];

  @Field(() => [ID], { description: 'Units the project spans: the owner and the units of everyone on it' })
  unitIds: string[];

  @Field({ description: 'People from more than one unit work on it (or for another unit)' })
  crossUnit: boolean;

  @Field()
  createdAt: string;

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt to edit safely' })
  updatedAt: string;
}

@ObjectType('StaffingPreference')
export class StaffingPreferenceType {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  projectId: string;

  @Field()
  projectName: string;

  @Field(() => Float, { description: '−1 (rather not) … 1 (really wants it)' })
  strength: number;
}
