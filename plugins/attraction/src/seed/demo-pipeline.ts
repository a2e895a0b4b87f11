import { DEMO_PEOPLE, DataService, PeopleDirectory, type SeedContext } from '@cadre/sdk';
import { CompBandEntity } from '../bands/comp-band.entity.js';
import { bandKey } from '../bands/comp-band.mapper.js';
import { positionOf } from '../bands/comp-position.js';
import { CandidateNoteEntity } from '../candidates/candidate-note.entity.js';
import { CandidateEntity } from '../candidates/candidate.entity.js';
import { ScorecardEntity } from '../candidates/scorecard.entity.js';
import { StageTransitionEntity } from '../candidates/stage-transition.entity.js';
import { OfferApprovalEntity } from '../offers/offer-approval.entity.js';
import { OfferEntity } from '../offers/offer.entity.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { DEMO_CANDIDATES, DEMO_REQUISITIONS } from './demo-pipeline-data.js';

const DAY = 86_400_000;

/**
 * Writes the demo pipeline as history: requisitions, candidates with dated stage transitions,
 * scorecards, notes and offers. Hired candidates are marked without HireRequested — the seed
 * never creates people.
 */
export async function seedPipeline(ctx: SeedContext): Promise<void> {
  const data = ctx.get(DataService);
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const date = (daysFromNow: number) => new Date(now + daysFromNow * DAY).toISOString().slice(0, 10);
  const byEmail = new Map((await ctx.get(PeopleDirectory).all()).map((p) => [p.email, p.id]));
  const person = (key: string) => byEmail.get(DEMO_PEOPLE.find((p) => p.key === key)!.email)!;
  const hr = person('hr-lead');

  const reqRepo = data.repo(RequisitionEntity);
  const reqs = new Map<string, RequisitionEntity>();
  for (const r of DEMO_REQUISITIONS) {
    reqs.set(r.key, reqRepo.create({
      title: r.title, team: r.team, orgUnitId: null, jobFamily: r.jobFamily, level: r.level, headcount: r.headcount, hiringManagerId: person(r.manager), location: r.location,
      description: r.description, interviewCriteria: r.criteria, status: r.approvedDaysAgo === undefined ? 'draft' : 'open', origin: 'manual', originKey: null,
      requestedById: person(r.manager), decidedById: r.approvedDaysAgo === undefined ? null : hr, decidedAt: r.approvedDaysAgo === undefined ? null : at(r.approvedDaysAgo),
      decisionNote: null, createdAt: at(r.requestedDaysAgo),
    }));
  }
  await reqRepo.saveMany([...reqs.values()]);

  const bands = new Map((await data.repo(CompBandEntity).find()).map((b) => [bandKey(b.jobFamily, b.level), b]));
  const candidates: CandidateEntity[] = [];
  const transitions: StageTransitionEntity[] = [];
  const cards: ScorecardEntity[] = [];
  const notes: CandidateNoteEntity[] = [];
  const offers: Array<{ offer: OfferEntity; hrSigned: boolean; signedDaysAgo: number }> = [];
  for (const c of DEMO_CANDIDATES) {
    const spec = DEMO_REQUISITIONS.find((r) => r.key === c.req)!;
    const req = reqs.get(c.req)!;
    const [stage, lastDay] = c.path[c.path.length - 1];
    const candidate = data.repo(CandidateEntity).create({
      requisitionId: req.id, name: c.name, email: c.email, phone: '', source: c.source, referrerId: c.referrer ? person(c.referrer) : null, headline: c.headline,
      profileUrl: '', stage, stageEnteredAt: at(lastDay), hiredPersonId: null, createdAt: at(c.path[0][1]),
    });
    await data.repo(CandidateEntity).save(candidate);
    candidates.push(candidate);
    c.path.forEach(([to, day], i) => {
      transitions.push(data.repo(StageTransitionEntity).create({
        candidateId: candidate.id, requisitionId: req.id, fromStage: i ? c.path[i - 1][0] : null, toStage: to, at: at(day), byPersonId: person(spec.recruiter),
        reason: to === 'rejected' ? 'Not a fit for the level' : to === 'withdrawn' ? 'Candidate withdrew' : null, createdAt: at(day),
      }));
    });
    const interviewsDay = c.path.find(([s]) => s === 'interviews')?.[1] ?? lastDay;
    for (const [who, round, scores, recommendation] of c.scorecards ?? []) {
      cards.push(data.repo(ScorecardEntity).create({
        candidateId: candidate.id, requisitionId: req.id, interviewerId: person(who), round, recommendation, createdAt: at(Math.max(interviewsDay - 2, 0)),
        ratings: spec.criteria.map((criterion, i) => ({ criterion, score: scores[i], comment: '' })),
        summary: recommendation.endsWith('yes') ? 'Strong signal on the core criteria.' : 'Gaps on the core criteria for this level.',
      }));
    }
    if (c.note) notes.push(data.repo(CandidateNoteEntity).create({ candidateId: candidate.id, authorId: person(spec.recruiter), body: c.note, createdAt: at(lastDay) }));
    if (c.offer) {
      const o = c.offer;
      const offerDay = c.path.find(([s]) => s === 'offer')![1];
      const band = bands.get(bandKey(spec.jobFamily, spec.level))!;
      const decided = o.status === 'accepted' || o.status === 'declined';
      offers.push({
        hrSigned: !!o.hrSigned, signedDaysAgo: Math.max(offerDay - 1, 0),
        offer: data.repo(OfferEntity).create({
          candidateId: candidate.id, requisitionId: req.id, title: spec.title, level: spec.level, status: o.status, version: 1, currency: 'CNY', base: o.base * 100,
          bonusTargetPct: band.bonusTargetPct, equityUnits: o.equityUnits, vestingMonths: 48, cliffMonths: 12, vestingFrequency: 'monthly', signOnBonus: o.signOn * 100,
          benefits: ['Supplementary medical insurance for family', 'Housing subsidy', 'Annual health check'], careerPath: o.careerPath, innovationTimePct: o.innovationTimePct,
          flexibleHours: true, remoteWork: o.remoteWork, learningBudget: 2_000_000, startDate: date(o.startInDays), expiresOn: null,
          needsException: positionOf(o.base * 100, 'CNY', band, null).needsExceptionApproval, createdById: person(spec.recruiter),
          decidedAt: decided ? at(lastDay) : null, decisionNote: o.status === 'declined' ? 'Relocating to Europe' : null, hiredPersonId: null, createdAt: at(offerDay),
        }),
      });
    }
  }
  await data.repo(StageTransitionEntity).saveMany(transitions);
  await data.repo(ScorecardEntity).saveMany(cards);
  await data.repo(CandidateNoteEntity).saveMany(notes);
  await data.repo(OfferEntity).saveMany(offers.map((o) => o.offer));
  const approvals = offers.filter((o) => o.hrSigned).map(({ offer, signedDaysAgo }) =>
    data.repo(OfferApprovalEntity).create({ offerId: offer.id, offerVersion: 1, kind: 'hr', decision: 'approved', approverAccountId: null, approverPersonId: hr, approverEmail: 'hr@demo.local', comment: '', createdAt: at(signedDaysAgo) }),
  );
  await data.repo(OfferApprovalEntity).saveMany(approvals);
  ctx.log(`attraction: ${reqs.size} requisitions, ${candidates.length} candidates, ${offers.length} offers`);
}
