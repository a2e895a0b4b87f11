// The equity grants as a keyset connection: sortable fields, the filter and the page type. Units
// and the strike price are not sortable: their order (and a cursor holding them) would tell what
// those fields hide from a viewer without incentives.comp.read-all.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { GRANT_KINDS } from './equity-grant.entity.js';
import { EquityGrantType } from './equity.types.js';

export enum EquityGrantSortField {
  GRANT_DATE = 'GRANT_DATE',
  VESTING_START = 'VESTING_START',
  STATUS = 'STATUS',
  KIND = 'KIND',
}
registerEnumType(EquityGrantSortField, { name: 'IncentivesEquityGrantSortField' });

export const EquityGrantSort = SortInput<EquityGrantSortField>(EquityGrantSortField, 'IncentivesEquityGrantSort');
export type EquityGrantSort = InstanceType<typeof EquityGrantSort>;

export const GRANT_STATUSES = ['proposed', 'granted', 'cancelled'] as const;

@InputType('IncentivesEquityGrantFilter')
export class EquityGrantFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "'proposed', 'granted' or 'cancelled'" })
  @IsOptional()
  @IsIn([...GRANT_STATUSES])
  status?: string | null;

  @Field(() => String, { nullable: true, description: "'new-hire', 'refresh' or 'promotion'" })
  @IsOptional()
  @IsIn([...GRANT_KINDS])
  kind?: string | null;
}

@ObjectType('IncentivesEquityGrantConnection')
export class EquityGrantConnection extends Connection(EquityGrantType) {}
