import { ExpectedUpdatedAtField } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from '@cadre/sdk/validation';
import { OrgPersonType } from '../shared/person-ref.js';

export enum OrgUnitKindEnum {
  LEADERSHIP = 'leadership',
  TECHNICAL = 'technical',
  PRODUCT = 'product',
  OPERATIONS = 'operations',
}
registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind', description: 'Leadership, a technical group (research, engineering, data science…), product or operations' });

@ObjectType('OrgUnit')
export class OrgUnitType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrgUnitKindEnum)
  kind: OrgUnitKindEnum;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => ID, { nullable: true })
  leadId: string | null;

  @Field(() => OrgPersonType, { nullable: true })
  lead: OrgPersonType | null;

  @Field(() => Int, { description: 'Depth in the tree: 0 for a top-level unit' })
  depth: number;

  @Field(() => [ID], { description: 'Ids from the top-level unit down to this one (breadcrumbs)' })
  path: string[];

  @Field(() => [ID])
  childIds: string[];

  @Field(() => Int, { description: 'People whose unit is this one' })
  memberCount: number;

  @Field(() => Int, { description: 'People in this unit and every unit below it' })
  totalMemberCount: number;

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt to edit safely' })
  updatedAt: string;
}

@ObjectType('OrgChart')
export class OrgChartType {
  @Field(() => [OrgUnitType], { description: 'The units in pre-order (parents before children); build the tree from parentId' })
  units: OrgUnitType[];

  @Field(() => [OrgPersonType], { description: 'Members of those units (when includeMembers), with orgUnitId and managerId' })
  members: OrgPersonType[];

  @Field(() => [ID], { description: 'Units whose name matches the search' })
  matchedUnitIds: string[];

  @Field(() => [ID], { description: 'People whose name, email or title matches the search (the first 200 by name)' })
  matchedPersonIds: string[];

  @Field(() => [OrgPersonType], { description: 'Those people, with orgUnitId, whether or not members are included' })
  matchedPeople: OrgPersonType[];

  @Field(() => [ID], { description: 'Units to expand so that every match is visible' })
  expandUnitIds: string[];
}

@InputType()
export class CreateOrgUnitInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field(() => OrgUnitKindEnum)
  @IsEnum(OrgUnitKindEnum)
  kind: OrgUnitKindEnum;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  leadId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class UpdateOrgUnitInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @Field(() => OrgUnitKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrgUnitKindEnum)
  kind?: OrgUnitKindEnum;

  @Field(() => ID, { nullable: true, description: 'null removes the lead' })
  @IsOptional()
  @MaxLength(36)
  leadId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @ExpectedUpdatedAtField('the unit')
  expectedUpdatedAt?: string | null;
}
