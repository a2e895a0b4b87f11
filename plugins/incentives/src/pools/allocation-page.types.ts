// A pool version's allocations as a keyset connection: sortable fields, the filter and the page
// type. The person's name and level live in the core's people table, which a plugin may not join
// in SQL, so they are not sort fields (the array query bonusAllocations still sorts by name).
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from '@cadre/sdk/validation';
import { AllocationType } from './allocation.types.js';

export enum AllocationSortField {
  AMOUNT = 'AMOUNT',
  SCORE = 'SCORE',
  WEIGHT = 'WEIGHT',
  COEFFICIENT = 'COEFFICIENT',
  BOUND = 'BOUND',
}
registerEnumType(AllocationSortField, { name: 'IncentivesAllocationSortField', description: 'SCORE puts people without a score first (ASC)' });

export const AllocationSort = SortInput<AllocationSortField>(AllocationSortField, 'IncentivesAllocationSort');
export type AllocationSort = InstanceType<typeof AllocationSort>;

@InputType('IncentivesAllocationFilter')
export class AllocationFilter {
  @Field(() => Int, { nullable: true, description: '1 = top band' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  band?: number | null;

  @Field(() => Int, { nullable: true, description: '−1 held at the floor, +1 at the cap, 0 neither' })
  @IsOptional()
  @IsInt()
  @IsIn([-1, 0, 1])
  bound?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  personId?: string | null;
}

@ObjectType('IncentivesAllocationConnection')
export class AllocationConnection extends Connection(AllocationType) {}
