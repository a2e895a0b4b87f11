// A cycle's reviews as a keyset connection: sortable fields, the filter and the page type. The
// reviewee's name is the core's and cannot be sorted on in a plugin's SQL; REVIEWEE keeps each
// person's reviews together, kind by kind, as cycleReviews lists them.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { REVIEW_KINDS } from './review-kinds.js';
import { ReviewType } from './review.types.js';

export enum ReviewSortField {
  REVIEWEE = 'REVIEWEE',
  KIND = 'KIND',
  STATUS = 'STATUS',
}
registerEnumType(ReviewSortField, { name: 'IncentivesReviewSortField', description: "REVIEWEE: a person's reviews together, kind by kind (the order of cycleReviews)" });

export const ReviewSort = SortInput<ReviewSortField>(ReviewSortField, 'IncentivesReviewSort');
export type ReviewSort = InstanceType<typeof ReviewSort>;

export const REVIEW_STATUSES = ['pending', 'submitted', 'expired'] as const;

@InputType('IncentivesReviewFilter')
export class ReviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  revieweeId?: string | null;

  @Field(() => String, { nullable: true, description: "'self', 'manager', 'peer' or 'upward'" })
  @IsOptional()
  @IsIn([...REVIEW_KINDS])
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "'pending', 'submitted' or 'expired'" })
  @IsOptional()
  @IsIn([...REVIEW_STATUSES])
  status?: string | null;
}

@ObjectType('IncentivesReviewConnection')
export class ReviewConnection extends Connection(ReviewType) {}
