import { RequirePermission, SignedIn } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { MyReviewService } from './my-review.service.js';
import { AssignReviewersInput, SubmitReviewInput } from './review.inputs.js';
import { ReviewReadService } from './review-read.service.js';
import { ReviewService } from './review.service.js';
import { MyReviewType, ReviewType } from './review.types.js';

@Resolver(() => ReviewType)
export class ReviewResolver {
  constructor(
    private readonly reviews: ReviewService,
    private readonly read: ReviewReadService,
    private readonly mine: MyReviewService,
  ) {}

  @Query(() => [ReviewType], { description: "A cycle's reviews you may read. Peer and upward authors: in an anonymous cycle never next to content (content is stored apart from them; review administrators see only who has yet to submit), in a confidential one shown to review administrators; small groups withheld" })
  @RequirePermission(P.cyclesRead)
  cycleReviews(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('revieweeId', { type: () => ID, nullable: true }) revieweeId: string | null,
    @Args('kind', { type: () => String, nullable: true }) kind: string | null,
  ): Promise<ReviewType[]> {
    return this.read.list(cycleId, revieweeId, kind);
  }

  @Query(() => [ReviewType], { description: 'Reviews you are asked to write' })
  @SignedIn()
  myReviewTasks(@Args('cycleId', { type: () => ID, nullable: true }) cycleId: string | null): Promise<ReviewType[]> {
    return this.read.tasks(cycleId);
  }

  @Query(() => MyReviewType, { nullable: true, description: 'Your own review: the given cycle or your latest' })
  @SignedIn()
  myReview(@Args('cycleId', { type: () => ID, nullable: true }) cycleId: string | null): Promise<MyReviewType | null> {
    return this.mine.myReview(cycleId);
  }

  @Mutation(() => ReviewType, { description: 'Submit a review assigned to you (while the cycle is open)' })
  @RequirePermission(P.cyclesRead)
  submitReview(@Args('input') input: SubmitReviewInput): Promise<ReviewType> {
    return this.reviews.submit(input);
  }

  @Mutation(() => [ReviewType], { description: "Add reviewers of one kind for one person; returns that person's reviews of the kind" })
  @RequirePermission(P.cyclesWrite)
  assignReviewers(@Args('input') input: AssignReviewersInput): Promise<ReviewType[]> {
    return this.reviews.assign(input);
  }

  @Mutation(() => Boolean, { description: 'Remove a pending review assignment' })
  @RequirePermission(P.cyclesWrite)
  removeReviewAssignment(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.reviews.removeAssignment(id);
  }
}
