import { RequirePermission, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { ParticipantService } from './participant.service.js';
import { ReviewCycleListService } from './review-cycle-list.service.js';
import { ReviewCycleConnection, ReviewCycleFilter, ReviewCycleSort, ReviewCycleSortField } from './review-cycle-page.types.js';
import { BandsInput, CreateReviewCycleInput, UpdateReviewCycleInput } from './review-cycle.inputs.js';
import { ReviewCycleService } from './review-cycle.service.js';
import { ParticipantType, ReviewCycleType } from './review-cycle.types.js';

@Resolver(() => ReviewCycleType)
export class ReviewCycleResolver {
  constructor(
    private readonly cycles: ReviewCycleService,
    private readonly participants: ParticipantService,
    private readonly list: ReviewCycleListService,
  ) {}

  @Query(() => [ReviewCycleType], { description: 'Newest period first' })
  @RequirePermission(P.cyclesRead)
  async reviewCycles(@Args('status', { type: () => String, nullable: true }) status: string | null): Promise<ReviewCycleType[]> {
    return this.cycles.toTypes(await this.list.list(status));
  }

  @Query(() => ReviewCycleConnection, { description: 'reviewCycles a page at a time (newest period first by default, ties by id), filtered, sorted and paged on the server' })
  @RequirePermission(P.cyclesRead)
  async reviewCyclesPage(
    @Args('filter', { type: () => ReviewCycleFilter, nullable: true }) filter: ReviewCycleFilter,
    @Args('sort', { type: () => ReviewCycleSort, nullable: true }) sort: ReviewCycleSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ReviewCycleConnection> {
    const page = await this.list.page(filter ?? {}, sort ?? { field: ReviewCycleSortField.PERIOD_START, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.cycles.toTypes(page.nodes) };
  }

  @Query(() => ReviewCycleType)
  @RequirePermission(P.cyclesRead)
  reviewCycle(@Args('id', { type: () => ID }) id: string): Promise<ReviewCycleType> {
    return this.cycles.one(id);
  }

  @Query(() => [ParticipantType], { description: 'Everyone for review administrators; otherwise yourself and your chain' })
  @RequirePermission(P.cyclesRead)
  reviewCycleParticipants(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
  ): Promise<ParticipantType[]> {
    return this.participants.list(cycleId, personId);
  }

  @Mutation(() => ReviewCycleType, { description: 'A draft cycle; participants default to every active person' })
  @RequirePermission(P.cyclesWrite)
  async createReviewCycle(@Args('input') input: CreateReviewCycleInput): Promise<ReviewCycleType> {
    return this.cycles.one((await this.cycles.create(input)).id);
  }

  @Mutation(() => ReviewCycleType, { description: 'Draft cycles only' })
  @RequirePermission(P.cyclesWrite)
  async updateReviewCycle(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateReviewCycleInput): Promise<ReviewCycleType> {
    return this.cycles.one((await this.cycles.update(id, input)).id);
  }

  @Mutation(() => ReviewCycleType, { description: 'The k bands of the founding function; until the cycle is finalised' })
  @RequirePermission(P.cyclesWrite)
  async setReviewCycleBands(@Args('id', { type: () => ID }) id: string, @Args('input') input: BandsInput): Promise<ReviewCycleType> {
    return this.cycles.one((await this.cycles.setBands(id, input)).id);
  }

  @Mutation(() => ReviewCycleType, { description: 'draft → open: assigns self, manager, peer and upward reviews' })
  @RequirePermission(P.cyclesWrite)
  async openReviewCycle(@Args('id', { type: () => ID }) id: string): Promise<ReviewCycleType> {
    return this.cycles.one((await this.cycles.open(id)).id);
  }

  @Mutation(() => ReviewCycleType, { description: 'open → calibrating: pending reviews expire, scores are computed' })
  @RequirePermission(P.cyclesWrite)
  async startReviewCycleCalibration(@Args('id', { type: () => ID }) id: string): Promise<ReviewCycleType> {
    return this.cycles.one((await this.cycles.startCalibration(id)).id);
  }

  @Mutation(() => ReviewCycleType, { description: 'calibrating → finalised: results become visible to each person' })
  @RequirePermission(P.cyclesWrite)
  async finaliseReviewCycle(@Args('id', { type: () => ID }) id: string): Promise<ReviewCycleType> {
    return this.cycles.one((await this.cycles.finalise(id)).id);
  }
}
