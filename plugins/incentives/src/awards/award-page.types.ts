// The awards list as a keyset connection: sortable fields, the filter and the page type. The
// amount is not sortable: its order (and a cursor holding it) would tell what the field hides.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { AWARD_KINDS } from './award.entity.js';
import { AwardType } from './award.types.js';

export enum AwardSortField {
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  KIND = 'KIND',
}
registerEnumType(AwardSortField, { name: 'IncentivesAwardSortField', description: 'CREATED_AT: when nominated' });

export const AwardSort = SortInput<AwardSortField>(AwardSortField, 'IncentivesAwardSort');
export type AwardSort = InstanceType<typeof AwardSort>;

export const AWARD_STATUSES = ['nominated', 'approved', 'rejected', 'paid'] as const;

@InputType('IncentivesAwardFilter')
export class AwardFilter {
  @Field(() => String, { nullable: true, description: "'nominated', 'approved', 'rejected' or 'paid'" })
  @IsOptional()
  @IsIn([...AWARD_STATUSES])
  status?: string | null;

  @Field(() => ID, { nullable: true, description: 'The nominee' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "'idea', 'paper', 'patent' or 'open-source'" })
  @IsOptional()
  @IsIn([...AWARD_KINDS])
  kind?: string | null;
}

@ObjectType('IncentivesAwardConnection')
export class AwardConnection extends Connection(AwardType) {}
