import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

const textDefaultEmpty = (name: string) => ({ ...col.text(name), default: "''" });
const stringDefaultEmpty = (name: string, length: number) => ({ ...col.string(name, length), default: "''" });

// Built per run: TypeORM may annotate the Table objects it creates.
const tables = () => [
  tenantTable('incentives_review_cycles', [
    col.string('name', 200), col.date('periodStart'), col.date('periodEnd'), col.string('status', 20),
    col.json('kinds'), col.json('kindWeights'), col.json('criteria'), col.int('peerCount'),
    col.date('selfDue', true), col.date('managerDue', true), col.date('peerDue', true), col.date('upwardDue', true),
    col.json('thresholds'), col.json('coefficients'),
    col.timestamp('openedAt', true), col.timestamp('calibratingAt', true), col.timestamp('finalisedAt', true),
  ]),
  tenantTable('incentives_review_participants', [
    col.id('cycleId'), col.id('personId'), col.id('managerId', true), stringDefaultEmpty('level', 20),
    col.float('score', true), col.float('calibratedScore', true), col.int('potential', true),
  ], { uniques: [['cycleId', 'personId']] }),
  tenantTable('incentives_reviews', [
    col.id('cycleId'), col.id('revieweeId'), col.id('reviewerId'), col.string('kind', 10), col.string('status', 12),
    col.json('ratings'), col.text('comment', true), col.float('score', true), col.date('dueDate', true), col.timestamp('submittedAt', true),
  ], { indices: [['cycleId', 'reviewerId'], ['cycleId', 'revieweeId']], uniques: [['cycleId', 'revieweeId', 'reviewerId', 'kind']] }),
  tenantTable('incentives_score_calibrations', [
    col.id('cycleId'), col.id('personId'), col.float('fromScore', true), col.float('toScore'), col.text('reason'), col.string('actorEmail', 320, true),
  ], { indices: [['cycleId', 'personId']] }),
  tenantTable('incentives_bonus_pools', [
    col.id('cycleId'), col.string('name', 200), col.money('amount'), col.string('currency', 3), col.string('weightRule', 30),
    col.json('levelTargets'), col.float('defaultTarget', true), col.json('thresholds'), col.json('coefficients'),
    col.money('defaultFloor', true), col.money('defaultCap', true), col.string('status', 20), col.id('scenarioOfId', true),
    textDefaultEmpty('note'), col.timestamp('approvedAt', true), col.string('approvedBy', 320, true), col.timestamp('publishedAt', true),
    col.int('publishedVersion', true),
  ], { indices: [['cycleId']] }),
  tenantTable('incentives_bonus_pool_members', [
    col.id('poolId'), col.id('personId'), col.float('weight', true), col.money('floor', true), col.money('cap', true),
  ], { uniques: [['poolId', 'personId']] }),
  tenantTable('incentives_allocation_versions', [
    col.id('poolId'), col.int('version'), col.string('status', 12), textDefaultEmpty('reason'), col.money('amount'), col.string('currency', 3),
    col.json('thresholds'), col.json('coefficients'), col.float('lambda', true), col.float('weightedSum'), col.money('total'), col.timestamp('publishedAt', true),
  ], { uniques: [['poolId', 'version']] }),
  tenantTable('incentives_allocations', [
    col.id('versionId'), col.id('poolId'), col.int('version'), col.id('personId'), col.float('weight'), col.string('weightExplanation', 300), col.float('score', true), col.int('band', true),
    col.float('coefficient'), col.money('floor', true), col.money('cap', true), col.float('exactAmount'), col.money('amount'), col.int('bound'),
    col.money('previousAmount', true), col.money('delta', true),
  ], { indices: [['versionId'], ['poolId', 'personId']] }),
  tenantTable('incentives_merit_matrices', [
    col.id('cycleId'), col.string('name', 200), col.money('budget'), col.string('currency', 3), col.json('positionBreaks'), col.json('cells'),
    col.json('salaryRanges'), col.string('status', 12), col.timestamp('approvedAt', true),
  ]),
  tenantTable('incentives_merit_increases', [
    col.id('matrixId'), col.id('personId'), col.money('baseSalary'), col.string('currency', 3), col.int('band', true), col.float('positionInRange', true),
    col.int('positionColumn', true), col.float('matrixPercent'), col.money('proposedAmount'), col.money('amount'), textDefaultEmpty('note'),
  ], { indices: [['matrixId']] }),
  tenantTable('incentives_awards', [
    col.id('personId'), col.id('nominatedById', true), col.string('kind', 20), col.string('title', 200), textDefaultEmpty('description'),
    col.string('link', 500, true), col.string('status', 12), col.money('amount', true), col.string('currency', 3, true), col.text('decisionNote', true),
    col.string('decidedBy', 320, true), col.timestamp('decidedAt', true), col.timestamp('paidAt', true),
  ], { indices: [['personId']] }),
  tenantTable('incentives_equity_grants', [
    col.id('personId'), col.string('kind', 20), col.int('units'), col.money('strikePrice', true), col.string('currency', 3, true), col.date('grantDate'),
    col.date('vestingStart'), col.int('cliffMonths'), col.int('vestingMonths'), col.int('frequencyMonths'), col.string('status', 12), textDefaultEmpty('note'),
  ], { indices: [['personId']] }),
];

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class CreateIncentives20261129000000 implements MigrationInterface {
  name = '20261129000000-create-incentives';

  async up(q: QueryRunner): Promise<void> {
    for (const table of tables()) await q.createTable(table);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of tables().reverse()) await q.dropTable(table.name);
  }
}
