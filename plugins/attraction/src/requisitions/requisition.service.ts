import { assertUnchangedSince, ConflictError, DataService, EventBus, ForbiddenError, PeopleDirectory, UserInputError, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { bandKey, toBandType } from '../bands/comp-band.mapper.js';
import { CompBandService } from '../bands/comp-band.service.js';
import { CandidateEntity } from '../candidates/candidate.entity.js';
import { OfferEntity, ACTIVE_OFFER_STATUSES } from '../offers/offer.entity.js';
import type { RequisitionSuggestedPayload } from '../contracts.js';
import { RequisitionOpened } from '../shared/attraction.events.js';
import { STAGES } from '../shared/stages.js';
import { currentViewer, nowIso, type Viewer } from '../shared/viewer.js';
import { RequisitionEntity } from './requisition.entity.js';
import type { RequisitionSortField } from './requisition-page.types.js';
import type { SuggestedPlacement } from './suggested-placement.service.js';
import type { CreateRequisitionInput, RequisitionFilter, RequisitionType, UpdateRequisitionInput } from './requisition.types.js';
import { msg } from '@cadre/sdk';

const SORTS: Record<RequisitionSortField, Omit<KeysetSort<RequisitionEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 'r.createdAt', value: (r) => r.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'r.updatedAt', value: (r) => r.updatedAt },
  TITLE: { key: 'title', column: 'r.title', value: (r) => r.title },
  STATUS: { key: 'status', column: 'r.status', value: (r) => r.status },
};

export const DEFAULT_CRITERIA = ['Technical depth', 'Problem solving', 'Communication', 'Collaboration', 'Motivation and values'];

/** What must be set before a requisition can be approved. */
export function missingForApproval(r: RequisitionEntity): string[] {
  return (['jobFamily', 'level', 'hiringManagerId'] as const).filter((k) => !r[k]);
}

@Injectable()
export class RequisitionService {
  constructor(
    private readonly data: DataService,
    private readonly bands: CompBandService,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
  ) {}

  private get reqs() {
    return this.data.repo(RequisitionEntity);
  }

  get(id: string): Promise<RequisitionEntity> {
    return this.reqs.get(id);
  }

  list(filter: RequisitionFilter = {}): Promise<RequisitionEntity[]> {
    return this.filtered(filter).orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC').getMany();
  }

  /** One page of the filtered requisitions in the given order (see keysetPage). */
  page(filter: RequisitionFilter, sort: { field: RequisitionSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<RequisitionEntity>> {
    return keysetPage(this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'r.id' });
  }

  /** The list's filters as one query, shared by the array and the page (every reader sees every requisition). */
  private filtered(filter: RequisitionFilter) {
    const q = this.reqs.query('r');
    if (filter.status) q.andWhere('r.status = :status', { status: filter.status });
    if (filter.hiringManagerId) q.andWhere('r.hiringManagerId = :hm', { hm: filter.hiringManagerId });
    if (filter.jobFamily) q.andWhere('r.jobFamily = :family', { family: filter.jobFamily });
    return q;
  }

  async create(input: CreateRequisitionInput): Promise<RequisitionEntity> {
    const viewer = await currentViewer();
    if (input.hiringManagerId) await this.requirePerson(input.hiringManagerId, 'input.hiringManagerId');
    return this.data.transaction(() =>
      this.reqs.save(
        this.reqs.create({
          title: input.title.trim(), team: input.team ?? '', orgUnitId: input.orgUnitId ?? null, jobFamily: input.jobFamily ?? null, level: input.level?.toUpperCase() ?? null,
          headcount: input.headcount, hiringManagerId: input.hiringManagerId ?? null, location: input.location ?? '', description: input.description ?? '',
          interviewCriteria: input.interviewCriteria ?? DEFAULT_CRITERIA, status: 'draft', origin: 'manual', originKey: null, requestedById: viewer.personId,
          decidedById: null, decidedAt: null, decisionNote: null,
        }),
      ),
    );
  }

  async update(id: string, input: UpdateRequisitionInput): Promise<RequisitionEntity> {
    if (input.hiringManagerId) await this.requirePerson(input.hiringManagerId, 'input.hiringManagerId');
    return this.data.transaction(async () => {
      const req = await this.reqs.get(id);
      await this.requireOwnership(req);
      assertUnchangedSince(req, input.expectedUpdatedAt, req.title);
      if (req.status !== 'draft' && req.status !== 'open') throw new ConflictError(msg`the requisition is ${req.status}: it can no longer be edited`);
      if (req.status === 'open' && ((input.jobFamily !== undefined && input.jobFamily !== req.jobFamily) || (input.level !== undefined && input.level.toUpperCase() !== req.level))) {
        throw new ConflictError('job family and level change only while the requisition is a draft (they decide the band)', input.jobFamily !== undefined ? 'input.jobFamily' : 'input.level');
      }
      const hired = await this.hiredCount(id);
      if (input.headcount !== undefined && input.headcount < hired) throw new UserInputError('input.headcount', msg`must be at least the ${hired} already hired`);
      for (const key of ['title', 'team', 'orgUnitId', 'jobFamily', 'headcount', 'hiringManagerId', 'location', 'description', 'interviewCriteria'] as const) {
        if (input[key] !== undefined) (req as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (input.level !== undefined) req.level = input.level.toUpperCase();
      if (req.status === 'open' && hired >= req.headcount) req.status = 'filled';
      return this.reqs.save(req);
    });
  }

  async approve(id: string, note: string | null): Promise<RequisitionEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const req = await this.reqs.get(id);
      if (req.status !== 'draft') throw new ConflictError(msg`only a draft can be approved; this requisition is ${req.status}`);
      const missing = missingForApproval(req);
      if (missing.length) throw new ConflictError(msg`complete the requisition before approval: set ${missing.join(', ')}`, missing[0]);
      if (!(await this.bands.find(req.jobFamily!, req.level!))) throw new ConflictError(msg`there is no compensation band for ${req.jobFamily} × ${req.level}: add one first`, 'level');
      Object.assign(req, { status: 'open', decidedById: viewer.personId, decidedAt: nowIso(), decisionNote: note });
      await this.reqs.save(req);
      await this.events.emit(RequisitionOpened, { requisitionId: req.id, title: req.title, jobFamily: req.jobFamily!, level: req.level!, headcount: req.headcount, orgUnitId: req.orgUnitId });
      return req;
    });
  }

  async reject(id: string, reason: string): Promise<RequisitionEntity> {
    return this.decide(id, ['draft'], 'rejected', reason);
  }

  /** Closing with offers still in flight would strand them: withdraw those first. */
  async close(id: string, reason: string): Promise<RequisitionEntity> {
    return this.decide(id, ['draft', 'open'], 'closed', reason, async (req) => {
      await this.requireOwnership(req);
      const active = await this.data.repo(OfferEntity).count({ requisitionId: id, status: In(ACTIVE_OFFER_STATUSES) });
      if (active) throw new ConflictError(msg`${active} offer(s) on this requisition are still pending or approved: withdraw them first`);
    });
  }

  private async decide(id: string, from: RequisitionEntity['status'][], to: RequisitionEntity['status'], reason: string, check?: (req: RequisitionEntity) => Promise<void>): Promise<RequisitionEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const req = await this.reqs.get(id);
      await check?.(req);
      if (!from.includes(req.status)) throw new ConflictError(msg`a ${req.status} requisition cannot become ${to}`);
      Object.assign(req, { status: to, decidedById: viewer.personId, decidedAt: nowIso(), decisionNote: reason });
      return this.reqs.save(req);
    });
  }

  /** A draft from another plugin's suggestion; a repeated suggestion refreshes the same draft. */
  async createSuggested(s: RequisitionSuggestedPayload, origin: string, placement: SuggestedPlacement = { jobFamily: null, level: null, hiringManagerId: null }): Promise<RequisitionEntity> {
    const originKey = `${s.unitId ?? '-'}:${s.skillId}`.slice(0, 120);
    const skill = String(s.skillName ?? '').trim().slice(0, 150) || 'Unnamed skill';
    const description = `${String(s.reason ?? '').trim()}\n\nSuggested by ${origin}: the team needs ${skill} at proficiency ${s.level} or above.`.trim().slice(0, 5000);
    // Two deliveries of one suggestion must not make two drafts, nor turn a draft approved meanwhile back into one.
    await this.data.lock(`attraction.suggested:${origin}:${originKey}`);
    const found = await this.reqs.findOneBy({ origin, originKey, status: 'draft' });
    const existing = found && (await this.reqs.get(found.id));
    if (existing?.status === 'draft') {
      // A redelivery or a newer suggestion fills what is still empty; what HR set stays.
      return this.reqs.save(Object.assign(existing, {
        description, jobFamily: existing.jobFamily ?? placement.jobFamily, level: existing.level ?? placement.level, hiringManagerId: existing.hiringManagerId ?? placement.hiringManagerId,
      }));
    }
    return this.reqs.save(
      this.reqs.create({
        title: `${skill} specialist`, team: '', orgUnitId: s.unitId ?? null, jobFamily: placement.jobFamily, level: placement.level, headcount: 1, hiringManagerId: placement.hiringManagerId, location: '',
        description, interviewCriteria: [skill, ...DEFAULT_CRITERIA.slice(1)], status: 'draft', origin, originKey, requestedById: null,
        decidedById: null, decidedAt: null, decisionNote: null,
      }),
    );
  }

  async hiredCount(requisitionId: string): Promise<number> {
    return this.data.repo(CandidateEntity).count({ requisitionId, stage: 'hired' });
  }

  /** GraphQL shapes for many requisitions with a handful of queries. */
  async toTypes(reqs: RequisitionEntity[]): Promise<RequisitionType[]> {
    if (!reqs.length) return [];
    const ids = reqs.map((r) => r.id);
    const viewer = await currentViewer();
    const [candidates, { bands, markets }, managers] = await Promise.all([
      this.data.repo(CandidateEntity).find({ where: { requisitionId: In(ids) }, select: { id: true, requisitionId: true, stage: true } }),
      this.bands.all(),
      this.people.byIds([...new Set(reqs.map((r) => r.hiringManagerId).filter((x): x is string => !!x))]),
    ]);
    const names = new Map(managers.map((p) => [p.id, p.name]));
    return reqs.map((r) => {
      const mine = candidates.filter((c) => c.requisitionId === r.id);
      const hiredCount = mine.filter((c) => c.stage === 'hired').length;
      const key = r.jobFamily && r.level ? bandKey(r.jobFamily, r.level) : null;
      const band = key ? bands.get(key) : undefined;
      return {
        id: r.id, title: r.title, team: r.team, orgUnitId: r.orgUnitId, jobFamily: r.jobFamily, level: r.level, headcount: r.headcount, hiredCount,
        openings: Math.max(0, r.headcount - hiredCount), hiringManagerId: r.hiringManagerId, hiringManagerName: r.hiringManagerId ? (names.get(r.hiringManagerId) ?? null) : null,
        location: r.location, description: r.description, interviewCriteria: r.interviewCriteria, status: r.status, origin: r.origin, requestedById: r.requestedById,
        decidedById: r.decidedById, decidedAt: r.decidedAt, decisionNote: r.decisionNote, band: band ? toBandType(band, key ? markets.get(key) : null) : null,
        pipeline: STAGES.map((stage) => ({ stage, count: mine.filter((c) => c.stage === stage).length })), missingForApproval: missingForApproval(r),
        createdAt: r.createdAt, updatedAt: r.updatedAt,
        viewerMayEdit: (r.status === 'draft' || r.status === 'open') && viewer.has('attraction.requisitions.write') && this.owns(viewer, r),
      };
    });
  }

  /** Approvers change any requisition; others only those they requested or hire for (or their chain does). */
  private async requireOwnership(req: RequisitionEntity): Promise<void> {
    if (this.owns(await currentViewer(), req)) return;
    throw new ForbiddenError('You may change only requisitions you requested or hire for');
  }

  // One rule for refusing a change and for telling the console whether to offer it (viewerMayEdit).
  private owns(viewer: Viewer, req: RequisitionEntity): boolean {
    return viewer.has('attraction.requisitions.approve') || viewer.ownOrChain(req.hiringManagerId) || (!!viewer.personId && req.requestedById === viewer.personId);
  }

  private async requirePerson(id: string, field: string): Promise<void> {
    if (!(await this.people.byIds([id])).length) throw new UserInputError(field, msg`no person with id ${id}`);
  }
}
