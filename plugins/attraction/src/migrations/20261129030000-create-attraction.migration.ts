import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

type Column = ReturnType<typeof col.string>;
/** An empty-string default, so the DB agrees with the entity's `default: ''`. */
const blank = (c: Column): Column => ({ ...c, default: "''" });

const TABLES = [
  'attraction_offer_approvals',
  'attraction_offers',
  'attraction_candidate_notes',
  'attraction_scorecards',
  'attraction_stage_transitions',
  'attraction_candidates',
  'attraction_requisitions',
  'attraction_person_job_families',
  'attraction_market_rates',
  'attraction_bands',
];

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class CreateAttraction20261129030000 implements MigrationInterface {
  name = '20261129030000-create-attraction';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('attraction_bands', [
        col.string('jobFamily', 60), col.string('level', 20), col.string('currency', 3),
        col.money('minBase'), col.money('midBase'), col.money('maxBase'), col.float('bonusTargetPct'), col.int('equityMin'), col.int('equityMax'),
      ], { uniques: [['tenantId', 'jobFamily', 'level']] }),
    );
    await q.createTable(
      tenantTable('attraction_market_rates', [
        col.string('jobFamily', 60), col.string('level', 20), col.string('currency', 3),
        col.money('p25'), col.money('p50'), col.money('p75'), col.money('p90'), blank(col.string('source', 200)), col.date('asOf', true),
      ], { uniques: [['tenantId', 'jobFamily', 'level']] }),
    );
    await q.createTable(tenantTable('attraction_person_job_families', [col.id('personId'), col.string('jobFamily', 60)], { uniques: [['tenantId', 'personId']] }));
    await q.createTable(
      tenantTable('attraction_requisitions', [
        col.string('title', 200), blank(col.string('team', 200)), col.id('orgUnitId', true), col.string('jobFamily', 60, true), col.string('level', 20, true),
        col.int('headcount'), col.id('hiringManagerId', true), blank(col.string('location', 200)), blank(col.text('description')), col.json('interviewCriteria'),
        col.string('status', 20), { ...col.string('origin', 30), default: "'manual'" }, col.string('originKey', 120, true),
        col.id('requestedById', true), col.id('decidedById', true), col.timestamp('decidedAt', true), col.text('decisionNote', true),
      ], { indices: [['tenantId', 'status']] }),
    );
    await q.createTable(
      tenantTable('attraction_candidates', [
        col.id('requisitionId'), col.string('name', 200), col.string('email', 320), blank(col.string('phone', 40)), col.string('source', 30), col.id('referrerId', true),
        blank(col.string('headline', 200)), blank(col.string('profileUrl', 500)), col.string('stage', 20), col.timestamp('stageEnteredAt'), col.id('hiredPersonId', true),
      ], { indices: [['tenantId', 'requisitionId'], ['tenantId', 'email']] }),
    );
    await q.createTable(
      tenantTable('attraction_stage_transitions', [
        col.id('candidateId'), col.id('requisitionId'), col.string('fromStage', 20, true), col.string('toStage', 20), col.timestamp('at'), col.id('byPersonId', true), col.text('reason', true),
      ], { indices: [['tenantId', 'candidateId'], ['tenantId', 'requisitionId']] }),
    );
    await q.createTable(
      tenantTable('attraction_scorecards', [
        col.id('candidateId'), col.id('requisitionId'), col.id('interviewerId'), col.string('round', 100), col.json('ratings'), col.string('recommendation', 20), blank(col.text('summary')),
      ], { indices: [['tenantId', 'candidateId']], uniques: [['candidateId', 'interviewerId', 'round']] }),
    );
    await q.createTable(tenantTable('attraction_candidate_notes', [col.id('candidateId'), col.id('authorId', true), col.text('body')], { indices: [['tenantId', 'candidateId']] }));
    await q.createTable(
      tenantTable('attraction_offers', [
        col.id('candidateId'), col.id('requisitionId'), col.string('title', 200), col.string('level', 20), col.string('status', 20), col.int('version'), col.string('currency', 3),
        col.money('base'), col.float('bonusTargetPct'), col.int('equityUnits'), col.int('vestingMonths'), col.int('cliffMonths'), col.string('vestingFrequency', 10),
        col.money('signOnBonus'), col.json('benefits'), blank(col.text('careerPath')), col.int('innovationTimePct'), col.bool('flexibleHours'), col.string('remoteWork', 10),
        col.money('learningBudget'), col.date('startDate'), col.date('expiresOn', true), col.bool('needsException'), col.id('createdById', true),
        col.timestamp('decidedAt', true), col.text('decisionNote', true), col.id('hiredPersonId', true),
      ], { indices: [['tenantId', 'candidateId'], ['tenantId', 'requisitionId']] }),
    );
    await q.createTable(
      tenantTable('attraction_offer_approvals', [
        col.id('offerId'), col.int('offerVersion'), col.string('kind', 20), col.string('decision', 10), col.id('approverAccountId', true), col.id('approverPersonId', true),
        blank(col.string('approverEmail', 320)), blank(col.text('comment')),
      ], { indices: [['tenantId', 'offerId']] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.dropTable(table);
  }
}
