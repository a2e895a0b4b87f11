import { ConflictError, DataService, EventBus, ForbiddenError, FourEyes, HireRequested, NotFoundError, PeopleDirectory, UserInputError, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { CompBandService } from '../bands/comp-band.service.js';
import { positionOf } from '../bands/comp-position.js';
import { CandidateEntity } from '../candidates/candidate.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { APPROVE_EXCEPTION, decideApproval, requiredApprovals, type ApprovalKind } from '../shared/approvals.js';
import { OfferAccepted } from '../shared/attraction.events.js';
import { auditDetail, currentViewer, nowIso, type Viewer } from '../shared/viewer.js';
import { OfferApprovalEntity } from './offer-approval.entity.js';
import { ACTIVE_OFFER_STATUSES, OfferEntity } from './offer.entity.js';
import type { CreateOfferInput, OfferFilter, OfferTermsInput } from './offer.types.js';
import type { OfferSortField } from './offer-page.types.js';
import { msg } from '@cadre/sdk';

export const READ_ALL_OFFERS = 'attraction.offers.read';

const SORTS: Record<OfferSortField, Omit<KeysetSort<OfferEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 'o.createdAt', value: (o) => o.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'o.updatedAt', value: (o) => o.updatedAt },
  TITLE: { key: 'title', column: 'o.title', value: (o) => o.title },
  STATUS: { key: 'status', column: 'o.status', value: (o) => o.status },
};

/** Offers: drafting goes straight to approval; accepted offers become hires through the core. */
@Injectable()
export class OfferService {
  constructor(
    private readonly data: DataService,
    private readonly candidates: CandidateService,
    private readonly bands: CompBandService,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    private readonly fourEyes: FourEyes,
  ) {}

  private get offers() {
    return this.data.repo(OfferEntity);
  }

  /** All offers for holders of attraction.offers.read; otherwise those you (or your chain) hire for and your own. */
  mayView(viewer: Viewer, offer: OfferEntity, req: RequisitionEntity): boolean {
    return viewer.has(READ_ALL_OFFERS) || viewer.ownOrChain(req.hiringManagerId) || viewer.ownOrChain(offer.hiredPersonId);
  }

  async list(filter: OfferFilter = {}): Promise<OfferEntity[]> {
    return (await this.filtered(filter)).orderBy('o.createdAt', 'DESC').addOrderBy('o.id', 'DESC').getMany();
  }

  /** One page of the filtered offers the viewer may see, in the given order (see keysetPage). */
  async page(filter: OfferFilter, sort: { field: OfferSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<OfferEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'o.id' });
  }

  /** The list's filters and mayView's rule in SQL, shared by the array and the page, so counts and pages agree. */
  private async filtered(filter: OfferFilter) {
    const viewer = await currentViewer();
    const q = this.offers.query('o');
    if (filter.requisitionId) q.andWhere('o.requisitionId = :rid', { rid: filter.requisitionId });
    if (filter.candidateId) q.andWhere('o.candidateId = :cid', { cid: filter.candidateId });
    if (filter.status) q.andWhere('o.status = :status', { status: filter.status });
    if (!viewer.has(READ_ALL_OFFERS)) {
      const sub = q.subQuery().select('vr.id').from(RequisitionEntity, 'vr').where('vr.tenantId = :__tenantId').andWhere('vr.hiringManagerId IN (:...chain)').getQuery();
      q.andWhere(`(o.requisitionId IN ${sub} OR o.hiredPersonId IN (:...chain))`, { chain: viewer.chain() });
    }
    return q;
  }

  async get(id: string): Promise<OfferEntity> {
    return (await this.locked(id)).offer;
  }

  /**
   * The offer with its requisition and candidate, if the viewer may see it. In a mutation all three
   * stay locked in the pipeline's order (requisition → candidate → offer, as CandidateService.get).
   */
  private async locked(id: string): Promise<{ offer: OfferEntity; candidate: CandidateEntity; requisition: RequisitionEntity }> {
    const viewer = await currentViewer();
    const found = await this.offers.findOneBy({ id });
    if (!found) throw new NotFoundError('Offer', id);
    const requisition = await this.data.repo(RequisitionEntity).get(found.requisitionId);
    if (!this.mayView(viewer, found, requisition)) throw new ForbiddenError('You may not see this offer');
    const candidate = await this.data.repo(CandidateEntity).get(found.candidateId);
    return { offer: await this.offers.get(id), candidate, requisition };
  }

  async create(input: CreateOfferInput): Promise<OfferEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const { candidate, requisition } = await this.candidates.get(input.candidateId, viewer);
      if (candidate.stage !== 'offer') throw new ConflictError(msg`the candidate is in ${candidate.stage}: move them to offer first`, 'input.candidateId');
      if (requisition.status !== 'open') throw new ConflictError(msg`the requisition is ${requisition.status}`, 'input.candidateId');
      if (await this.offers.count({ candidateId: candidate.id, status: In(ACTIVE_OFFER_STATUSES) })) {
        throw new ConflictError('the candidate already has an offer pending or approved: revise or withdraw it', 'input.candidateId');
      }
      const offer = this.offers.create({ candidateId: candidate.id, requisitionId: requisition.id, version: 0, createdById: viewer.personId, createdByAccountId: viewer.accountId, decidedAt: null, decisionNote: null, hiredPersonId: null });
      await this.applyTerms(offer, requisition, input);
      auditDetail('AttractionOffer', offer.id, null, this.terms(offer));
      return offer;
    });
  }

  /** A new version: earlier approvals no longer count. */
  async revise(id: string, input: OfferTermsInput): Promise<OfferEntity> {
    return this.data.transaction(async () => {
      const { offer, requisition } = await this.locked(id);
      if (!['pending-approval', 'approved', 'refused'].includes(offer.status)) throw new ConflictError(msg`a ${offer.status} offer cannot be revised`);
      if (requisition.status !== 'open') throw new ConflictError(msg`the requisition is ${requisition.status}: its offers can no longer be revised`);
      const before = this.terms(offer);
      await this.applyTerms(offer, requisition, input);
      auditDetail('AttractionOffer', offer.id, before, this.terms(offer));
      return offer;
    });
  }

  async approve(id: string, comment: string): Promise<OfferEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const offer = await this.get(id);
      if (offer.status !== 'pending-approval') throw new ConflictError(msg`the offer is ${offer.status}: only a pending offer can be approved`);
      if (offer.needsException) await this.fourEyes.check([offer.createdByAccountId, offer.createdById], msg`approve this offer outside its band`);
      const given = await this.currentApprovals(offer);
      const required = requiredApprovals(offer.needsException);
      const decision = decideApproval(required, given, { signer: viewer.personId ?? viewer.accountId, permissions: (p) => viewer.has(p) });
      if ('refuse' in decision) throw decision.refuse === 'CONFLICT' ? new ConflictError(decision.message) : new ForbiddenError(decision.message);
      await this.sign(offer, decision.kind, 'approved', comment, viewer);
      if (required.every((k) => k === decision.kind || given.some((g) => g.kind === k))) offer.status = 'approved';
      return this.offers.save(offer);
    });
  }

  async refuse(id: string, reason: string): Promise<OfferEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const offer = await this.get(id);
      if (offer.status !== 'pending-approval') throw new ConflictError(msg`the offer is ${offer.status}: only a pending offer can be refused`);
      const kind: ApprovalKind = offer.needsException && viewer.has(APPROVE_EXCEPTION) ? 'exception' : 'hr';
      await this.sign(offer, kind, 'refused', reason, viewer);
      return this.offers.save(Object.assign(offer, { status: 'refused', decidedAt: nowIso(), decisionNote: reason }));
    });
  }

  /**
   * The candidate said yes: in one transaction the offer is accepted, the candidate hired, the
   * requisition possibly filled, and HireRequested written to the outbox for the core. The core
   * answers with HireCompleted, whose handler (HireLinkHandler) links offer and candidate.
   */
  async accept(id: string): Promise<OfferEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      const { offer, candidate, requisition } = await this.locked(id);
      if (offer.status !== 'approved') throw new ConflictError(offer.status === 'accepted' ? 'the offer has been accepted already' : msg`the offer is ${offer.status}: only an approved offer can be accepted`);
      if (candidate.stage !== 'offer') throw new ConflictError(msg`the candidate is ${candidate.stage}`);
      // A filled or closed requisition hires no one more (headcount is what was approved).
      if (requisition.status !== 'open') throw new ConflictError(msg`the requisition is ${requisition.status}: it has no opening left for this offer`);
      if (await this.people.findByEmail(candidate.email)) throw new ConflictError(msg`a person with email ${candidate.email} exists already: this looks like an internal move, not a hire`);
      // The core creates the person only later (HireRequested), so our own hires are what tells a
      // second acceptance for the same email; the lock is the last one this transaction takes.
      await this.data.lock(`attraction.hire:${candidate.email}`);
      if (await this.data.repo(CandidateEntity).count({ email: candidate.email, stage: 'hired' })) throw new ConflictError(msg`${candidate.email} has been hired already through another offer`);
      Object.assign(offer, { status: 'accepted', decidedAt: nowIso(), decisionNote: null });
      await this.offers.save(offer);
      await this.candidates.setStage(candidate, 'hired', viewer.personId, 'offer accepted');
      const hired = await this.data.repo(CandidateEntity).count({ requisitionId: requisition.id, stage: 'hired' });
      if (hired >= requisition.headcount && requisition.status === 'open') await this.data.repo(RequisitionEntity).save(Object.assign(requisition, { status: 'filled' }));
      await this.events.emit(HireRequested, {
        sourceKey: offer.id, name: candidate.name, email: candidate.email, title: offer.title, level: offer.level,
        track: offer.level.startsWith('M') ? 'management' : 'ic', managerId: requisition.hiringManagerId, orgUnitId: requisition.orgUnitId,
        location: requisition.location || undefined, hireDate: offer.startDate, compensation: { base: offer.base, currency: offer.currency },
      });
      await this.events.emit(OfferAccepted, { offerId: offer.id, candidateId: candidate.id, requisitionId: requisition.id, startDate: offer.startDate });
      return offer;
    });
  }

  decline(id: string, reason: string): Promise<OfferEntity> {
    return this.close(id, ['approved'], 'declined', reason);
  }

  withdraw(id: string, reason: string): Promise<OfferEntity> {
    return this.close(id, ACTIVE_OFFER_STATUSES, 'withdrawn', reason);
  }

  async approvalsOf(offerIds: string[]): Promise<OfferApprovalEntity[]> {
    if (!offerIds.length) return [];
    return this.data.repo(OfferApprovalEntity).find({ where: { offerId: In(offerIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async close(id: string, from: OfferEntity['status'][], to: OfferEntity['status'], reason: string): Promise<OfferEntity> {
    return this.data.transaction(async () => {
      const offer = await this.get(id);
      if (!from.includes(offer.status)) throw new ConflictError(msg`a ${offer.status} offer cannot become ${to}`);
      return this.offers.save(Object.assign(offer, { status: to, decidedAt: nowIso(), decisionNote: reason }));
    });
  }

  private async currentApprovals(offer: OfferEntity) {
    const rows = await this.data.repo(OfferApprovalEntity).findBy({ offerId: offer.id, offerVersion: offer.version, decision: 'approved' });
    return rows.map((r) => ({ kind: r.kind, signer: r.approverPersonId ?? r.approverAccountId }));
  }

  private async sign(offer: OfferEntity, kind: ApprovalKind, decision: 'approved' | 'refused', comment: string, viewer: Viewer): Promise<void> {
    const repo = this.data.repo(OfferApprovalEntity);
    await repo.save(repo.create({ offerId: offer.id, offerVersion: offer.version, kind, decision, approverAccountId: viewer.accountId, approverPersonId: viewer.personId, approverEmail: viewer.email ?? '', comment }));
  }

  /** Fills the terms, decides whether the extra approver is needed and resets to pending approval. */
  private async applyTerms(offer: OfferEntity, requisition: RequisitionEntity, input: OfferTermsInput): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    if (input.startDate < today) throw new UserInputError('input.startDate', 'must not be in the past');
    const vesting = { months: input.vesting?.months ?? 48, cliffMonths: input.vesting?.cliffMonths ?? 12, frequency: input.vesting?.frequency ?? 'monthly' };
    if (vesting.cliffMonths > vesting.months) throw new UserInputError('input.vesting.cliffMonths', 'must not exceed the vesting months');
    const level = (input.level ?? requisition.level ?? '').toUpperCase();
    if (!level) throw new UserInputError('input.level', 'is required: the requisition has no level');
    const band = requisition.jobFamily ? await this.bands.find(requisition.jobFamily, level) : null;
    const market = requisition.jobFamily ? await this.bands.findMarket(requisition.jobFamily, level) : null;
    const currency = input.currency ?? band?.currency ?? 'CNY';
    const position = positionOf(input.base, currency, band, market);
    Object.assign(offer, {
      title: input.title?.trim() || requisition.title, level, currency, base: input.base, bonusTargetPct: input.bonusTargetPct ?? band?.bonusTargetPct ?? 0,
      equityUnits: input.equityUnits ?? 0, vestingMonths: vesting.months, cliffMonths: vesting.cliffMonths, vestingFrequency: vesting.frequency,
      signOnBonus: input.signOnBonus ?? 0, benefits: input.benefits ?? [], careerPath: input.careerPath ?? '', innovationTimePct: input.innovationTimePct ?? 0,
      flexibleHours: input.flexibleHours ?? false, remoteWork: input.remoteWork ?? 'onsite', learningBudget: input.learningBudget ?? 0,
      startDate: input.startDate, expiresOn: input.expiresOn ?? null, needsException: position.needsExceptionApproval,
      status: 'pending-approval', version: offer.version + 1, decidedAt: null, decisionNote: null,
    });
    await this.offers.save(offer);
  }

  private terms(o: OfferEntity) {
    return {
      version: o.version, level: o.level, currency: o.currency, base: o.base, bonusTargetPct: o.bonusTargetPct, equityUnits: o.equityUnits,
      vesting: { months: o.vestingMonths, cliffMonths: o.cliffMonths, frequency: o.vestingFrequency }, signOnBonus: o.signOnBonus, learningBudget: o.learningBudget,
      startDate: o.startDate, needsException: o.needsException,
    };
  }
}
