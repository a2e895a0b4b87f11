import { DataService, PeopleDirectory, RequirePermission, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@cadre/sdk/graphql';
import { In } from '@cadre/sdk/orm';
import { OfferHydrator } from '../offers/offer.hydrator.js';
import { OfferService } from '../offers/offer.service.js';
import { OfferType } from '../offers/offer.types.js';
import { OfferEntity } from '../offers/offer.entity.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { isStage } from '../shared/stages.js';
import { currentViewer } from '../shared/viewer.js';
import { CandidateNoteEntity } from './candidate-note.entity.js';
import { CandidateConnection, CandidateSort, CandidateSortField } from './candidate-page.types.js';
import { CandidateService } from './candidate.service.js';
import { AddScorecardInput, CandidateFilter, CandidateNoteType, CandidateType, CreateCandidateInput, ScorecardType, StageTransitionType, UpdateCandidateInput } from './candidate.types.js';
import { ScorecardService } from './scorecard.service.js';
import { StageTransitionEntity } from './stage-transition.entity.js';

const DAY = 86_400_000;

@Resolver(() => CandidateType)
export class CandidateResolver {
  constructor(
    private readonly candidates: CandidateService,
    private readonly scorecards: ScorecardService,
    private readonly offers: OfferService,
    private readonly offerTypes: OfferHydrator,
    private readonly people: PeopleDirectory,
    private readonly data: DataService,
  ) {}

  @Query(() => [CandidateType], { name: 'candidates', description: 'Candidates (the pipeline board); managers see those of requisitions they or their reports hire for' })
  @RequirePermission('attraction.candidates.read')
  async candidates_(@Args('filter', { type: () => CandidateFilter, nullable: true }) filter?: CandidateFilter): Promise<CandidateType[]> {
    return this.candidates.toTypes(await this.candidates.list(filter ?? {}));
  }

  @Query(() => CandidateConnection, { description: 'Candidates a page at a time (newest first by default), visible as in candidates, filtered, sorted and paged on the server' })
  @RequirePermission('attraction.candidates.read')
  async candidatesPage(
    @Args('filter', { type: () => CandidateFilter, nullable: true }) filter: CandidateFilter,
    @Args('sort', { type: () => CandidateSort, nullable: true }) sort: CandidateSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CandidateConnection> {
    const page = await this.candidates.page(filter ?? {}, sort ?? { field: CandidateSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.candidates.toTypes(page.nodes) };
  }

  @Query(() => CandidateType)
  @RequirePermission('attraction.candidates.read')
  async candidate(@Args('id', { type: () => ID }) id: string): Promise<CandidateType> {
    return (await this.candidates.toTypes([(await this.candidates.get(id)).candidate]))[0];
  }

  @Mutation(() => CandidateType)
  @RequirePermission('attraction.candidates.write')
  async createCandidate(@Args('input') input: CreateCandidateInput): Promise<CandidateType> {
    return (await this.candidates.toTypes([await this.candidates.create(input)]))[0];
  }

  @Mutation(() => CandidateType)
  @RequirePermission('attraction.candidates.write')
  async updateCandidate(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCandidateInput): Promise<CandidateType> {
    return (await this.candidates.toTypes([await this.candidates.update(id, input)]))[0];
  }

  @Mutation(() => CandidateType, { description: 'Moves a candidate one stage on, or to rejected/withdrawn; illegal moves are CONFLICT errors' })
  @RequirePermission('attraction.candidates.write')
  async moveCandidate(@Args('id', { type: () => ID }) id: string, @Args('stage') stage: string, @Args('reason', { type: () => String, nullable: true }) reason?: string | null): Promise<CandidateType> {
    if (!isStage(stage)) throw new UserInputError('stage', 'must be one of sourced, screen, interviews, offer, hired, rejected, withdrawn');
    if (reason && reason.length > 2000) throw new UserInputError('reason', 'must have at most 2000 characters');
    return (await this.candidates.toTypes([await this.candidates.move(id, stage, reason?.trim() || null)]))[0];
  }

  @Mutation(() => ScorecardType)
  @RequirePermission('attraction.scorecards.write')
  async addScorecard(@Args('input') input: AddScorecardInput): Promise<ScorecardType> {
    return (await this.scorecards.toTypes([await this.scorecards.add(input)]))[0];
  }

  @Mutation(() => CandidateNoteType, { description: 'Anyone who sees the candidate may add a note' })
  @RequirePermission('attraction.candidates.read')
  async addCandidateNote(@Args('candidateId', { type: () => ID }) candidateId: string, @Args('body') body: string): Promise<CandidateNoteType> {
    if (!body.trim() || body.length > 5000) throw new UserInputError('body', 'must have 1 to 5000 characters');
    return (await this.noteTypes([await this.candidates.addNote(candidateId, body.trim())]))[0];
  }

  @ResolveField(() => [StageTransitionType], { description: 'Every stage move, oldest first' })
  @RequirePermission('attraction.candidates.read')
  async transitions(@Parent() candidate: CandidateType): Promise<StageTransitionType[]> {
    const rows = await this.data.repo(StageTransitionEntity).find({ where: { candidateId: candidate.id }, order: { at: 'ASC', id: 'ASC' } });
    return rows.map((t, i) => ({
      id: t.id, fromStage: t.fromStage, toStage: t.toStage, at: t.at, byPersonId: t.byPersonId, reason: t.reason,
      daysInPreviousStage: i ? Math.round(((Date.parse(t.at) - Date.parse(rows[i - 1].at)) / DAY) * 10) / 10 : null,
    }));
  }

  @ResolveField(() => [ScorecardType], { name: 'scorecards' })
  @RequirePermission('attraction.candidates.read')
  async scorecards_(@Parent() candidate: CandidateType): Promise<ScorecardType[]> {
    return this.scorecards.toTypes(await this.scorecards.forCandidate(candidate.id));
  }

  @ResolveField(() => [CandidateNoteType], { description: 'Newest first' })
  @RequirePermission('attraction.candidates.read')
  async notes(@Parent() candidate: CandidateType): Promise<CandidateNoteType[]> {
    return this.noteTypes(await this.data.repo(CandidateNoteEntity).find({ where: { candidateId: candidate.id }, order: { createdAt: 'DESC', id: 'DESC' } }));
  }

  @ResolveField(() => [OfferType], { name: 'offers', description: 'Offers you may see, newest first' })
  @RequirePermission('attraction.candidates.read')
  async offers_(@Parent() candidate: CandidateType): Promise<OfferType[]> {
    const viewer = await currentViewer();
    const req = await this.data.repo(RequisitionEntity).get(candidate.requisitionId);
    const rows = await this.data.repo(OfferEntity).find({ where: { candidateId: In([candidate.id]) }, order: { createdAt: 'DESC', id: 'DESC' } });
    return this.offerTypes.toTypes(rows.filter((o) => this.offers.mayView(viewer, o, req)));
  }

  private async noteTypes(notes: CandidateNoteEntity[]): Promise<CandidateNoteType[]> {
    const names = new Map((await this.people.byIds([...new Set(notes.map((n) => n.authorId).filter((x): x is string => !!x))])).map((p) => [p.id, p.name]));
    return notes.map((n) => ({ id: n.id, candidateId: n.candidateId, authorId: n.authorId, authorName: n.authorId ? (names.get(n.authorId) ?? null) : null, body: n.body, createdAt: n.createdAt }));
  }
}
