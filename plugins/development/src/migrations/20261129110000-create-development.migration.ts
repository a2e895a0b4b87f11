import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class CreateDevelopment20261129110000 implements MigrationInterface {
  name = '20261129110000-create-development';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(tenantTable('development_ladders', [col.string('track', 20), col.string('name', 200), col.text('description')]));
    await q.createTable(
      tenantTable('development_ladder_levels', [col.id('ladderId'), col.string('code', 20), col.int('rank'), col.string('title', 200), col.text('description'), col.json('expectations')], {
        indices: [['ladderId']],
        uniques: [['tenantId', 'code']],
      }),
    );
    await q.createTable(tenantTable('development_programmes', [col.string('title', 300), col.text('description')]));
    await q.createTable(
      tenantTable('development_courses', [
        col.string('title', 300), col.string('kind', 20), col.text('description'), col.string('provider', 200), col.id('hostUnitId', true), col.json('skills'),
        col.int('durationHours'), col.int('capacity', true), col.money('costAmount'), col.string('costCurrency', 3), col.date('startsOn', true), col.date('endsOn', true),
        col.id('programmeId', true), col.bool('active', true),
      ]),
    );
    await q.createTable(
      tenantTable('development_enrolments', [col.id('courseId'), col.id('personId'), col.string('status', 20), col.id('enrolledById', true), col.timestamp('completedAt', true), col.int('rating', true), col.text('feedback', true)], {
        indices: [['personId']],
        uniques: [['courseId', 'personId']],
      }),
    );
    await q.createTable(
      tenantTable('development_plans', [col.id('personId'), col.id('mentorId', true), col.id('targetLevelId', true), col.string('status', 20), col.date('dueOn', true), col.text('summary'), col.id('createdById', true)], {
        indices: [['personId']],
      }),
    );
    await q.createTable(
      tenantTable('development_plan_goals', [col.id('planId'), col.string('title', 300), col.text('description'), col.id('skillId', true), col.int('targetLevel', true), col.date('dueOn', true), col.string('status', 20), col.timestamp('doneAt', true)], {
        indices: [['planId']],
      }),
    );
    await q.createTable(
      tenantTable('development_research_outputs', [col.string('kind', 20), col.string('title', 300), col.string('venue', 200), col.string('status', 20), col.date('date', true), col.json('authorIds'), col.id('knowledgeItemId', true), col.string('url', 500, true)]),
    );
    await q.createTable(tenantTable('development_conference_budgets', [col.id('personId'), col.int('year'), col.money('amount'), col.string('currency', 3)], { uniques: [['tenantId', 'personId', 'year']] }));
    await q.createTable(
      tenantTable('development_conference_expenses', [col.id('budgetId'), col.id('personId'), col.string('conference', 200), col.date('date'), col.money('amount'), col.string('note', 300), col.id('recordedById', true)], {
        indices: [['budgetId']],
      }),
    );
    await q.createTable(tenantTable('development_requisition_suggestions', [col.string('unitKey', 36), col.id('skillId'), col.int('level'), col.text('reason')], { uniques: [['tenantId', 'unitKey', 'skillId', 'level']] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['development_requisition_suggestions', 'development_conference_expenses', 'development_conference_budgets', 'development_research_outputs', 'development_plan_goals', 'development_plans', 'development_enrolments', 'development_courses', 'development_programmes', 'development_ladder_levels', 'development_ladders']) {
      await q.dropTable(t);
    }
  }
}
