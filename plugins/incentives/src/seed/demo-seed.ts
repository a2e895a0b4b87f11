import { DataService, DEMO_PEOPLE, PeopleDirectory, type SeedContext } from '@cadre/sdk';
import { ScoreCalibrationEntity } from '../calibration/score-calibration.entity.js';
import { CalibrationService } from '../calibration/calibration.service.js';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { AwardEntity } from '../awards/award.entity.js';
import { EquityGrantEntity } from '../equity/equity-grant.entity.js';
import { MeritService } from '../merit/merit.service.js';
import { AllocationVersionEntity } from '../pools/allocation-version.entity.js';
import { BonusPoolEntity } from '../pools/bonus-pool.entity.js';
import { BonusPoolService } from '../pools/bonus-pool.service.js';
import { feedbackValues, isDetached, shuffled } from '../reviews/anonymous-feedback.js';
import { ReviewFeedbackEntity } from '../reviews/review-feedback.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';
import { reviewScore } from '../reviews/scoring.js';
import { DEMO_CRITERIA, demoRatings, random } from './demo-ratings.js';

/** Target bonus as % of base salary, by level (annual). */
export const DEMO_TARGETS: Record<string, number> = { P3: 8, P4: 10, P5: 12, P6: 15, P7: 18, M4: 15, M5: 18, M6: 20, E7: 25, E8: 30, E9: 30 };
const THRESHOLDS = [4.5, 4, 3.5, 3, 2.5];
const COEFFICIENTS = [2, 1.5, 1.2, 1, 0.6, 0.2];

/**
 * A finished H1 2026 review of all 60 demo people (self, manager, peer and upward reviews,
 * calibrated), a published CNY bonus pool with a what-if scenario, a computed merit round, and
 * a few innovation awards and equity grants.
 */
export async function seedIncentives(ctx: SeedContext): Promise<void> {
  const data = ctx.get(DataService);
  const people = await ctx.get(PeopleDirectory).all();
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const idOf = new Map(DEMO_PEOPLE.map((d) => [d.key, byEmail.get(d.email)!.id]));
  const keyOf = new Map([...idOf.entries()].map(([k, id]) => [id, k]));
  const cycles = ctx.get(ReviewCycleService);

  const cycle = await cycles.create({
    name: 'H1 2026 Performance Review', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: DEMO_CRITERIA,
    kinds: ['self', 'manager', 'peer', 'upward'], kindWeights: [{ kind: 'self', weight: 0.1 }, { kind: 'manager', weight: 0.5 }, { kind: 'peer', weight: 0.3 }, { kind: 'upward', weight: 0.1 }],
    peerCount: 3, selfDue: '2026-07-10', peerDue: '2026-07-17', upwardDue: '2026-07-17', managerDue: '2026-07-21',
    thresholds: THRESHOLDS, coefficients: COEFFICIENTS, participantIds: DEMO_PEOPLE.map((d) => idOf.get(d.key)!),
  });
  await cycles.open(cycle.id);

  // Everyone wrote their reviews in July (inserted in bulk rather than one mutation each). The cycle
  // is anonymous: peer and upward content goes to feedback rows, written in a random order.
  const reviews = data.repo(ReviewEntity);
  const all = await reviews.findBy({ cycleId: cycle.id });
  const opened = await data.repo(ReviewCycleEntity).get(cycle.id);
  const feedback: Array<Partial<ReviewFeedbackEntity>> = [];
  for (const r of all) {
    const { ratings, comment } = demoRatings(keyOf.get(r.revieweeId)!, keyOf.get(r.reviewerId)!, r.kind);
    const content = { ratings, comment, score: reviewScore(DEMO_CRITERIA, ratings) };
    r.status = 'submitted';
    if (isDetached(opened, r.kind)) {
      feedback.push(feedbackValues(opened, r.revieweeId, r.kind, content));
      continue;
    }
    const day = 3 + Math.floor(random(r.id)() * 15);
    Object.assign(r, content, { submittedAt: `2026-07-${String(day).padStart(2, '0')}T08:30:00.000Z` });
  }
  await reviews.saveMany(all);
  const feedbackRepo = data.repo(ReviewFeedbackEntity);
  await feedbackRepo.saveMany(shuffled(feedback).map((f) => feedbackRepo.create(f)));
  const participants = data.repo(ReviewParticipantEntity);
  const rows = await participants.findBy({ cycleId: cycle.id });
  for (const p of rows) p.potential = 1 + Math.floor(random(`potential:${keyOf.get(p.personId)}`)() * 3);
  for (const key of ['rs-1', 'se-4', 'rs-7', 'rm-align']) rows.find((p) => p.personId === idOf.get(key))!.potential = 3;
  await participants.saveMany(rows);
  await cycles.startCalibration(cycle.id);

  const calibration = ctx.get(CalibrationService);
  const calibrations: Array<[string, number, string]> = [
    ['rs-1', 4.8, 'Lead author of the long-context pre-training paper accepted at ICLR; peers under-rated the impact because most of it landed in June.'],
    ['se-9', 4.6, 'Inference runtime rewrite cut serving cost by 38%; consistent with the calibration bar for P7 staff engineers.'],
    ['se-13', 3.1, 'Evaluation pipeline work was blocked for six weeks by the data-platform migration; adjusted after cross-team calibration.'],
    ['design-2', 3.3, 'Joined mid-half on a new product area; calibrated against the team average for the time worked.'],
  ];
  for (const [key, score, reason] of calibrations) await calibration.calibrate({ cycleId: cycle.id, personId: idOf.get(key)!, score, reason });
  const log = data.repo(ScoreCalibrationEntity);
  const logged = await log.findBy({ cycleId: cycle.id });
  for (const row of logged) row.actorEmail = 'hr@demo.local';
  await log.saveMany(logged);
  await cycles.finalise(cycle.id);
  const done = await data.repo(ReviewCycleEntity).get(cycle.id);
  await data.repo(ReviewCycleEntity).save(Object.assign(done, { openedAt: '2026-07-01T01:00:00.000Z', calibratingAt: '2026-07-22T09:00:00.000Z', finalisedAt: '2026-08-04T10:00:00.000Z' }));

  // The H1 bonus: weights are salary × target % by level; nobody gets more than 140% of their half-year target.
  const eligible = DEMO_PEOPLE.filter((d) => d.key !== 'ceo');
  const targetOf = (d: (typeof DEMO_PEOPLE)[number]) => Math.round((d.base * 100 * (DEMO_TARGETS[d.level] ?? 10)) / 100);
  const halfTargets = eligible.reduce((s, d) => s + targetOf(d) / 2, 0);
  const poolService = ctx.get(BonusPoolService);
  const pool = await poolService.create({
    cycleId: cycle.id, name: 'H1 2026 Bonus', amount: Math.round(halfTargets / 1_000_000) * 1_000_000, currency: 'CNY', weightRule: 'salary-target-percent',
    levelTargets: Object.entries(DEMO_TARGETS).map(([level, value]) => ({ level, value })), defaultTarget: 10,
    members: eligible.map((d) => ({ personId: idOf.get(d.key)!, cap: Math.round(targetOf(d) * 0.7) })),
    note: 'Half-year pool funded at 100% of half-year targets; each share capped at 140% of the half-year target.',
  });
  await poolService.approve(pool.id);
  await poolService.publish(pool.id);
  const live = await data.repo(BonusPoolEntity).get(pool.id);
  await data.repo(BonusPoolEntity).save(Object.assign(live, { approvedAt: '2026-08-08T03:00:00.000Z', approvedBy: 'owner@demo.local', publishedAt: '2026-08-12T02:00:00.000Z' }));
  const published = await data.repo(AllocationVersionEntity).findOneBy({ poolId: pool.id, status: 'published' });
  if (published) await data.repo(AllocationVersionEntity).save(Object.assign(published, { publishedAt: '2026-08-12T02:00:00.000Z' }));
  await poolService.createScenario(pool.id, { name: 'What-if: steeper top bands', coefficients: [2.5, 1.8, 1.2, 0.9, 0.5, 0] });

  // Merit round against a 4% raise budget (computed from attraction's bands, awaiting approval).
  const merit = ctx.get(MeritService);
  const payroll = DEMO_PEOPLE.reduce((s, d) => s + d.base * 100, 0);
  const matrix = await merit.create({
    cycleId: cycle.id, name: '2026 merit round', budget: Math.round((payroll * 0.04) / 100_000) * 100_000, currency: 'CNY', positionBreaks: [0.33, 0.66],
    cells: [[9, 7, 5], [7, 5.5, 4], [5, 4, 3], [3.5, 3, 2], [2, 1.5, 0], [0, 0, 0]],
  });
  // The salary ranges are attraction's bands: without that plugin the round stays a draft.
  if (merit.readsBands) await merit.compute(matrix.id);

  const awards = data.repo(AwardEntity);
  const award = (key: string, by: string, kind: string, title: string, description: string, status: AwardEntity['status'], amount: number | null, link: string | null, at: string) =>
    awards.create({
      personId: idOf.get(key)!, nominatedById: idOf.get(by)!, kind, title, description, link, status, amount, currency: amount === null ? null : 'CNY',
      decisionNote: status === 'nominated' ? null : 'Approved by the innovation committee', decidedBy: status === 'nominated' ? null : 'hr@demo.local',
      decidedAt: status === 'nominated' ? null : at, paidAt: status === 'paid' ? at : null,
    });
  await awards.saveMany([
    award('rs-1', 'rm-pretrain', 'paper', 'Long-context pre-training with sparse attention (ICLR 2026)', 'First-author paper; the method is now in our production pre-training recipe.', 'paid', 3_000_000, 'https://openreview.net/', '2026-05-20T08:00:00.000Z'),
    award('se-4', 'em-infra', 'patent', 'Elastic checkpoint sharding for multi-node training', 'Patent filed with CNIPA; halves restart time after node failures.', 'paid', 5_000_000, null, '2026-06-02T08:00:00.000Z'),
    award('se-2', 'em-infra', 'open-source', 'GPU scheduler plugin upstreamed to Volcano', 'Upstreamed our gang-scheduling improvements; 1.2k stars and two external maintainers.', 'approved', 1_500_000, 'https://github.com/volcano-sh/volcano', '2026-09-15T08:00:00.000Z'),
    award('rs-7', 'rm-align', 'paper', 'Reward-model overoptimisation under distribution shift', 'Accepted at NeurIPS 2026 workshop; cited by two frontier labs.', 'approved', 2_000_000, 'https://arxiv.org/', '2026-10-08T08:00:00.000Z'),
    award('se-1', 'em-infra', 'idea', 'Pre-emptible evaluation jobs on idle training nodes', 'Run evaluation on idle GPUs between training steps; prototype saves ~6% cluster time.', 'nominated', null, null, '2026-11-02T08:00:00.000Z'),
  ]);

  const grants = data.repo(EquityGrantEntity);
  const grant = (key: string, kind: string, units: number, grantDate: string, status: EquityGrantEntity['status'], note: string) =>
    grants.create({ personId: idOf.get(key)!, kind, units, strikePrice: 450, currency: 'USD', grantDate, vestingStart: grantDate, cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3, status, note });
  await grants.saveMany([
    grant('rs-13', 'new-hire', 8_000, '2025-07-01', 'granted', 'New-hire grant'),
    grant('se-1', 'new-hire', 12_000, '2023-05-08', 'granted', 'New-hire grant'),
    grant('rs-1', 'refresh', 20_000, '2026-08-15', 'granted', 'H1 2026 refresh for top performance'),
    grant('se-4', 'promotion', 15_000, '2026-08-15', 'granted', 'Promotion to Staff Engineer'),
    grant('rs-7', 'refresh', 10_000, '2026-11-20', 'proposed', 'Proposed refresh after the NeurIPS result'),
  ]);
  ctx.log(`incentives: ${all.length} reviews, ${calibrations.length} calibrations, bonus pool and scenario, merit round, awards, grants`);
}
