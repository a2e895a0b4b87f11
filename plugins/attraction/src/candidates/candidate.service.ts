import { ConflictError, DataService, NotFoundError, PeopleDirectory, UserInputError, keysetPage, likeContains, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { ACTIVE_OFFER_STATUSES, OfferEntity } from '../offers/offer.entity.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { moveProblem, nextStages, isTerminal, type Stage } from '../shared/stages.js';
import { currentViewer, nowIso, type Viewer } from '../shared/viewer.js';
import { CandidateNoteEntity } from './candidate-note.entity.js';
import { CandidateEntity } from './candidate.entity.js';
import type { CandidateFilter, CandidateType, CreateCandidateInput, UpdateCandidateInput } from './candidate.types.js';
import { READ_ALL_CANDIDATES, requireVisible } from './pipeline-access.js';
import type { CandidateSortField } from './candidate-page.types.js';
import { ScorecardEntity } from './scorecard.entity.js';
import { StageTransitionEntity } from './stage-transition.entity.js';
import { msg } from '@cadre/sdk';

const DAY = 86_400_000;
const days = (fromIso: string, to = Date.now()) => Math.round(((to - Date.parse(fromIso)) / DAY) * 10) / 10;

const SORTS: Record<CandidateSortField, Omit<KeysetSort<CandidateEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 'c.createdAt', value: (c) => c.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'c.updatedAt', value: (c) => c.updatedAt },
  NAME: { key: 'name', column: 'c.name', value: (c) => c.name },
  STAGE_ENTERED_AT: { key: 'stageEnteredAt', column: 'c.stageEnteredAt', value: (c) => c.stageEnteredAt },
};

@Injectable()
export class CandidateService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  private get candidates() {
    return this.data.repo(CandidateEntity);
  }

  /**
   * The candidate, if the viewer may see its requisition's pipeline. In a mutation both rows stay
   * locked, the requisition first: the pipeline's lock order is requisition → candidate → offer.
   */
  async get(id: string, viewer?: Viewer): Promise<{ candidate: CandidateEntity; requisition: RequisitionEntity }> {
    const found = await this.candidates.findOneBy({ id });
    if (!found) throw new NotFoundError('Candidate', id);
    const requisition = await this.data.repo(RequisitionEntity).get(found.requisitionId);
    requireVisible(viewer ?? (await currentViewer()), requisition);
    return { candidate: await this.candidates.get(id), requisition };
  }

  async list(filter: CandidateFilter = {}): Promise<CandidateEntity[]> {
    return (await this.filtered(filter)).orderBy('c.stageEnteredAt', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }

  /** One page of the filtered candidates the viewer may see, in the given order (see keysetPage). */
  async page(filter: CandidateFilter, sort: { field: CandidateSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<CandidateEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'c.id' });
  }

  /**
   * The list's filters and the viewer's visibility (see pipeline-access) as one query, shared by
   * the array and the page, so that counts and pages hold only what the viewer may see.
   */
  private async filtered(filter: CandidateFilter) {
    const viewer = await currentViewer();
    const q = this.candidates.query('c');
    if (filter.requisitionId) q.andWhere('c.requisitionId = :rid', { rid: filter.requisitionId });
    if (filter.stage) q.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.source) q.andWhere('c.source = :source', { source: filter.source });
    if (filter.search) {
      const term = likeContains(filter.search);
      q.andWhere("(LOWER(c.name) LIKE :term ESCAPE '\\' OR LOWER(c.email) LIKE :term ESCAPE '\\' OR LOWER(c.headline) LIKE :term ESCAPE '\\')", { term });
    }
    if (!viewer.has(READ_ALL_CANDIDATES)) {
      const sub = q.subQuery().select('vr.id').from(RequisitionEntity, 'vr').where('vr.tenantId = :__tenantId').andWhere('vr.hiringManagerId IN (:...chain)').getQuery();
      q.andWhere(`c.requisitionId IN ${sub}`, { chain: viewer.chain() });
    }
    return q;
  }

  async create(input: CreateCandidateInput): Promise<CandidateEntity> {
    const viewer = await currentViewer();
    const email = input.email.trim().toLowerCase();
    if (input.referrerId && !(await this.people.byIds([input.referrerId])).length) throw new UserInputError('input.referrerId', msg`no person with id ${input.referrerId}`);
    return this.data.transaction(async () => {
      const req = await this.data.repo(RequisitionEntity).get(input.requisitionId);
      if (req.status !== 'open') throw new ConflictError(msg`the requisition is ${req.status}: candidates join open requisitions only`, 'input.requisitionId');
      if (await this.candidates.findOneBy({ requisitionId: req.id, email })) throw new ConflictError(msg`${email} is already a candidate for this requisition`, 'input.email');
      const now = nowIso();
      const candidate = await this.candidates.save(
        this.candidates.create({
          requisitionId: req.id, name: input.name.trim(), email, phone: input.phone ?? '', source: input.source, referrerId: input.referrerId ?? null,
          headline: input.headline ?? '', profileUrl: input.profileUrl ?? '', stage: 'sourced', stageEnteredAt: now, hiredPersonId: null,
        }),
      );
      await this.recordTransition(candidate, null, 'sourced', viewer.personId, null, now);
      if (input.note) await this.data.repo(CandidateNoteEntity).save(this.data.repo(CandidateNoteEntity).create({ candidateId: candidate.id, authorId: viewer.personId, body: input.note }));
      return candidate;
    });
  }

  async update(id: string, input: UpdateCandidateInput): Promise<CandidateEntity> {
    if (input.referrerId && !(await this.people.byIds([input.referrerId])).length) throw new UserInputError('input.referrerId', msg`no person with id ${input.referrerId}`);
    return this.data.transaction(async () => {
      const { candidate } = await this.get(id);
      if (input.email !== undefined) {
        const email = input.email.trim().toLowerCase();
        const other = await this.candidates.findOneBy({ requisitionId: candidate.requisitionId, email });
        if (other && other.id !== id) throw new ConflictError(msg`${email} is already a candidate for this requisition`, 'input.email');
        candidate.email = email;
      }
      for (const key of ['name', 'phone', 'source', 'referrerId', 'headline', 'profileUrl'] as const) {
        if (input[key] !== undefined) (candidate as unknown as Record<string, unknown>)[key] = input[key];
      }
      return this.candidates.save(candidate);
    });
  }

  /** Illegal moves are CONFLICTs; leaving the offer stage withdraws the offer in flight. */
  async move(id: string, to: Stage, reason: string | null): Promise<CandidateEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const { candidate, requisition } = await this.get(id, viewer);
      const problem = moveProblem(candidate.stage, to);
      if (problem) throw new ConflictError(problem, 'stage');
      const forward = to !== 'rejected' && to !== 'withdrawn';
      if (forward && requisition.status !== 'open') throw new ConflictError(msg`the requisition is ${requisition.status}: candidates can only leave it`, 'stage');
      if (!forward) {
        const offers = this.data.repo(OfferEntity);
        for (const { id: offerId } of await offers.findBy({ candidateId: id, status: In(ACTIVE_OFFER_STATUSES) })) {
          const offer = await offers.get(offerId);
          if (ACTIVE_OFFER_STATUSES.includes(offer.status)) await offers.save(Object.assign(offer, { status: 'withdrawn', decidedAt: nowIso(), decisionNote: `candidate ${to}` }));
        }
      }
      return this.setStage(candidate, to, viewer.personId, reason);
    });
  }

  /** Records a move the caller has already validated (also used by acceptOffer for 'hired'). */
  async setStage(candidate: CandidateEntity, to: Stage, byPersonId: string | null, reason: string | null): Promise<CandidateEntity> {
    const from = candidate.stage;
    const at = nowIso();
    Object.assign(candidate, { stage: to, stageEnteredAt: at });
    await this.candidates.save(candidate);
    await this.recordTransition(candidate, from, to, byPersonId, reason, at);
    return candidate;
  }

  async addNote(candidateId: string, body: string): Promise<CandidateNoteEntity> {
    const viewer = await currentViewer();
    await this.get(candidateId, viewer);
    const notes = this.data.repo(CandidateNoteEntity);
    return notes.save(notes.create({ candidateId, authorId: viewer.personId, body }));
  }

  async toTypes(rows: CandidateEntity[]): Promise<CandidateType[]> {
    if (!rows.length) return [];
    const ids = rows.map((c) => c.id);
    const [reqs, cards] = await Promise.all([
      this.data.repo(RequisitionEntity).findBy({ id: In([...new Set(rows.map((c) => c.requisitionId))]) }),
      this.data.repo(ScorecardEntity).find({ where: { candidateId: In(ids) }, select: { id: true, candidateId: true, ratings: true } }),
    ]);
    const titles = new Map(reqs.map((r) => [r.id, r.title]));
    return rows.map((c) => {
      const mine = cards.filter((s) => s.candidateId === c.id);
      const scores = mine.flatMap((s) => s.ratings.map((r) => r.score));
      return {
        id: c.id, requisitionId: c.requisitionId, requisitionTitle: titles.get(c.requisitionId) ?? '', name: c.name, email: c.email, phone: c.phone, source: c.source,
        referrerId: c.referrerId, headline: c.headline, profileUrl: c.profileUrl, stage: c.stage, stageEnteredAt: c.stageEnteredAt,
        daysInStage: isTerminal(c.stage) ? null : days(c.stageEnteredAt), allowedMoves: nextStages(c.stage), scorecardCount: mine.length,
        averageScore: scores.length ? Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 100) / 100 : null,
        hiredPersonId: c.hiredPersonId, createdAt: c.createdAt, updatedAt: c.updatedAt,
      };
    });
  }

  private async recordTransition(candidate: CandidateEntity, from: Stage | null, to: Stage, byPersonId: string | null, reason: string | null, at: string): Promise<void> {
    const repo = this.data.repo(StageTransitionEntity);
    await repo.save(repo.create({ candidateId: candidate.id, requisitionId: candidate.requisitionId, fromStage: from, toStage: to, at, byPersonId, reason }));
  }
}
