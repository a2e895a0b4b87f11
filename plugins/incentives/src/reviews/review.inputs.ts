import { fieldMessage, msg } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { RATING_MAX, RATING_MIN, REVIEW_KINDS } from './review-kinds.js';

@InputType('IncentivesRatingInput')
export class RatingInput {
  @Field()
  @IsString()
  @MaxLength(40)
  criterionKey: string;

  @Field(() => Float)
  @Min(RATING_MIN, { message: fieldMessage(msg`must be from ${RATING_MIN} to ${RATING_MAX}`) })
  @Max(RATING_MAX, { message: fieldMessage(msg`must be from ${RATING_MIN} to ${RATING_MAX}`) })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  comment?: string | null;
}

@InputType('SubmitReviewInput')
export class SubmitReviewInput {
  @Field(() => ID)
  @IsString()
  reviewId: string;

  @Field(() => [RatingInput], { description: 'One rating per criterion of the cycle' })
  @ArrayMinSize(1, { message: 'needs a rating for every criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RatingInput)
  ratings: RatingInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  comment?: string | null;

  @Field(() => Int, { nullable: true, description: "Manager reviews only: the reviewee's potential, 1 (low) to 3 (high), for the 9-box" })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be 1, 2 or 3' })
  @Max(3, { message: 'must be 1, 2 or 3' })
  potential?: number | null;
}

@InputType('AssignReviewersInput')
export class AssignReviewersInput {
  @Field(() => ID)
  @IsString()
  cycleId: string;

  @Field(() => ID)
  @IsString()
  revieweeId: string;

  @Field()
  @IsIn(REVIEW_KINDS, { message: fieldMessage(msg`must be one of ${REVIEW_KINDS.join(', ')}`) })
  kind: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'needs at least one reviewer' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  reviewerIds: string[];
}
