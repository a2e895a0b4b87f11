import { RequirePermission, SignedIn } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { MyReviewService } from './my-review.service.js';
import { AssignReviewersInput, SubmitReviewInput } from './review.inputs.js';
import { ReviewConnection, ReviewFilter, ReviewSort, ReviewSortField } from './review-page.types.js';
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
    return this.read.list(cycleId, { revieweeId, kind });
  }

  @Query(() => ReviewConnection, { description: 'cycleReviews as keyset pages: the same rows and rules, filtered (reviewee, kind, status) and sorted on the server' })
  @RequirePermission(P.cyclesRead)
  cycleReviewsPage(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('filter', { type: () => ReviewFilter, nullable: true }) filter: ReviewFilter,
    @Args('sort', { type: () => ReviewSort, nullable: true }) sort: ReviewSort,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ReviewConnection> {
    return this.read.page(cycleId, filter ?? {}, sort ?? { field: ReviewSortField.REVIEWEE, direction: 'ASC' }, first, after);
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
