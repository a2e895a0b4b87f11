// The review cycles as a keyset connection: sortable fields, the filter and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsIn, IsOptional } from '@cadre/sdk/validation';
import { CYCLE_STATUSES } from './review-cycle.entity.js';
import { ReviewCycleType } from './review-cycle.types.js';

export enum ReviewCycleSortField {
  PERIOD_START = 'PERIOD_START',
  NAME = 'NAME',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ReviewCycleSortField, { name: 'IncentivesReviewCycleSortField' });

export const ReviewCycleSort = SortInput<ReviewCycleSortField>(ReviewCycleSortField, 'IncentivesReviewCycleSort');
export type ReviewCycleSort = InstanceType<typeof ReviewCycleSort>;

@InputType('IncentivesReviewCycleFilter')
export class ReviewCycleFilter {
  @Field(() => String, { nullable: true, description: "'draft', 'open', 'calibrating' or 'finalised'" })
  @IsOptional()
  @IsIn([...CYCLE_STATUSES])
  status?: string | null;
}

@ObjectType('IncentivesReviewCycleConnection')
export class ReviewCycleConnection extends Connection(ReviewCycleType) {}
