// The pools list as a keyset connection: sortable fields, the filter and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { BonusPoolType } from './bonus-pool.types.js';

export enum BonusPoolSortField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
  STATUS = 'STATUS',
  AMOUNT = 'AMOUNT',
}
registerEnumType(BonusPoolSortField, { name: 'IncentivesBonusPoolSortField' });

export const BonusPoolSort = SortInput<BonusPoolSortField>(BonusPoolSortField, 'IncentivesBonusPoolSort');
export type BonusPoolSort = InstanceType<typeof BonusPoolSort>;

export const POOL_STATUSES = ['draft', 'approved', 'published', 'scenario'] as const;

@InputType('IncentivesBonusPoolFilter')
export class BonusPoolFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  cycleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pool readers: list what-if scenarios too (as bonusPools(includeScenarios))' })
  @IsOptional()
  @IsBoolean()
  includeScenarios?: boolean | null;

  @Field(() => String, { nullable: true, description: "'draft', 'approved', 'published' or 'scenario'" })
  @IsOptional()
  @IsIn([...POOL_STATUSES])
  status?: string | null;
}

@ObjectType('IncentivesBonusPoolConnection')
export class BonusPoolConnection extends Connection(BonusPoolType) {}
