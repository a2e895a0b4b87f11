import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { ParticipantService } from './participant.service.js';
import { BandsInput, CreateReviewCycleInput, UpdateReviewCycleInput } from './review-cycle.inputs.js';
import { ReviewCycleService } from './review-cycle.service.js';
import { ParticipantType, ReviewCycleType } from './review-cycle.types.js';

@Resolver(() => ReviewCycleType)
export class ReviewCycleResolver {
  constructor(
    private readonly cycles: ReviewCycleService,
    private readonly participants: ParticipantService,
  ) {}

  @Query(() => [ReviewCycleType], { description: 'Newest period first' })
  @RequirePermission(P.cyclesRead)
  reviewCycles(@Args('status', { type: () => String, nullable: true }) status: string | null): Promise<ReviewCycleType[]> {
    return this.cycles.list(status);
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
