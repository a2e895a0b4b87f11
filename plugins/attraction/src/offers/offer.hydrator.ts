import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { bandKey } from '../bands/comp-band.mapper.js';
import { CompBandService } from '../bands/comp-band.service.js';
import { positionOf } from '../bands/comp-position.js';
import { CandidateEntity } from '../candidates/candidate.entity.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { missingApprovals, requiredApprovals } from '../shared/approvals.js';
import type { OfferEntity } from './offer.entity.js';
import { OfferService } from './offer.service.js';
import type { OfferType } from './offer.types.js';

/** Turns offer rows into GraphQL shapes with live compa-ratio, market percentile and approvals. */
@Injectable()
export class OfferHydrator {
  constructor(
    private readonly data: DataService,
    private readonly bands: CompBandService,
    private readonly offers: OfferService,
  ) {}

  async toTypes(rows: OfferEntity[]): Promise<OfferType[]> {
    if (!rows.length) return [];
    const [candidates, reqs, { bands, markets }, approvals] = await Promise.all([
      this.data.repo(CandidateEntity).findBy({ id: In([...new Set(rows.map((o) => o.candidateId))]) }),
      this.data.repo(RequisitionEntity).findBy({ id: In([...new Set(rows.map((o) => o.requisitionId))]) }),
      this.bands.all(),
      this.offers.approvalsOf(rows.map((o) => o.id)),
    ]);
    const names = new Map(candidates.map((c) => [c.id, c.name]));
    const reqById = new Map(reqs.map((r) => [r.id, r]));
    return rows.map((o) => {
      const req = reqById.get(o.requisitionId);
      const key = req?.jobFamily ? bandKey(req.jobFamily, o.level) : null;
      const position = positionOf(o.base, o.currency, key ? bands.get(key) : null, key ? markets.get(key) : null);
      const mine = approvals.filter((a) => a.offerId === o.id);
      const required = requiredApprovals(o.needsException);
      const current = mine.filter((a) => a.offerVersion === o.version && a.decision === 'approved').map((a) => ({ kind: a.kind, signer: a.approverPersonId ?? a.approverAccountId }));
      return {
        id: o.id, candidateId: o.candidateId, candidateName: names.get(o.candidateId) ?? '', requisitionId: o.requisitionId, requisitionTitle: req?.title ?? '',
        hiringManagerId: req?.hiringManagerId ?? null, hiredPersonId: o.hiredPersonId, title: o.title, level: o.level, jobFamily: req?.jobFamily ?? null,
        status: o.status, version: o.version, currency: o.currency, base: o.base, bonusTargetPct: o.bonusTargetPct, equityUnits: o.equityUnits,
        vesting: { months: o.vestingMonths, cliffMonths: o.cliffMonths, frequency: o.vestingFrequency }, signOnBonus: o.signOnBonus, learningBudget: o.learningBudget,
        compaRatio: position.compaRatio, marketPercentile: position.marketPercentile, rangePenetration: position.rangePenetration, bandPosition: position.bandPosition,
        benefits: o.benefits, careerPath: o.careerPath, innovationTimePct: o.innovationTimePct, flexibleHours: !!o.flexibleHours, remoteWork: o.remoteWork,
        startDate: o.startDate, expiresOn: o.expiresOn, needsExceptionApproval: !!o.needsException, requiredApprovals: required,
        missingApprovals: o.status === 'pending-approval' ? missingApprovals(required, current) : [],
        approvals: mine.map((a) => ({ id: a.id, offerVersion: a.offerVersion, kind: a.kind, decision: a.decision, approverPersonId: a.approverPersonId, approverEmail: a.approverEmail, comment: a.comment, createdAt: a.createdAt })),
        createdById: o.createdById, decidedAt: o.decidedAt, decisionNote: o.decisionNote, createdAt: o.createdAt, updatedAt: o.updatedAt,
      };
    });
  }
}
