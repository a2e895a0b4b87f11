import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class InsightsRisk20261205130000 implements MigrationInterface {
  name = '20261205130000-insights-risk';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('insights_person_changes', [col.id('personId'), col.string('kind', 20), col.date('day'), col.string('value', 40), col.string('sourceKey', 80)], {
        indices: [['personId']],
        uniques: [['tenantId', 'sourceKey']],
      }),
    );
    await q.createTable(
      tenantTable('insights_risk_models', [col.int('version'), col.string('kind', 20), col.json('model'), col.json('metrics'), col.int('trainingRows'), col.int('positives'), col.id('trainedById', true)], {
        uniques: [['tenantId', 'version']],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('insights_risk_models');
    await q.dropTable('insights_person_changes');
  }
}
