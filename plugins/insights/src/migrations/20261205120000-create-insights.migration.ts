import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class CreateInsights20261205120000 implements MigrationInterface {
  name = '20261205120000-create-insights';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('insights_surveys', [
        col.string('title', 300), col.string('kind', 20), col.string('status', 20), col.json('questions'), col.json('audience'), col.date('closesOn', true),
        col.timestamp('openedAt', true), col.timestamp('closedAt', true), col.id('createdById', true),
      ]),
    );
    const groups = [col.id('unitId', true), col.string('level', 20), col.string('tenureBand', 20), col.string('location', 200)];
    await q.createTable(
      tenantTable('insights_survey_invitations', [col.id('surveyId'), col.id('personId'), ...groups, col.bool('responded')], {
        indices: [['personId']],
        uniques: [['surveyId', 'personId']],
      }),
    );
    await q.createTable(tenantTable('insights_survey_responses', [col.id('surveyId'), ...groups, col.json('answers')], { indices: [['surveyId']] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insights_survey_responses', 'insights_survey_invitations', 'insights_surveys']) await q.dropTable(t);
  }
}
