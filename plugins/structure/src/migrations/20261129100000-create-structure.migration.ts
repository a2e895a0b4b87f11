import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

const TABLES = [
  'structure_org_units',
  'structure_skill_categories',
  'structure_skills',
  'structure_skill_evidence',
  'structure_person_skills',
  'structure_projects',
  'structure_project_requirements',
  'structure_assignments',
  'structure_staffing_preferences',
  'structure_staffing_plans',
];

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class CreateStructure20261129100000 implements MigrationInterface {
  name = '20261129100000-create-structure';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('structure_org_units', [col.string('name', 200), col.string('kind', 30), col.text('description', true), col.id('parentId', true), col.id('leadId', true), col.int('sortOrder', false, 0)], {
        indices: [['tenantId', 'parentId']],
      }),
    );
    await q.createTable(tenantTable('structure_skill_categories', [col.string('name', 200), col.text('description', true), col.int('sortOrder', false, 0)], { uniques: [['tenantId', 'name']] }));
    await q.createTable(tenantTable('structure_skills', [col.id('categoryId'), col.string('name', 200), col.text('description', true)], { uniques: [['tenantId', 'name']], indices: [['tenantId', 'categoryId']] }));
    await q.createTable(
      tenantTable('structure_skill_evidence', [col.id('personId'), col.id('skillId'), col.string('kind', 20), col.int('level'), col.text('note', true), col.id('recordedById', true)], {
        indices: [['tenantId', 'personId', 'skillId']],
      }),
    );
    await q.createTable(
      tenantTable('structure_person_skills', [col.id('personId'), col.id('skillId'), col.int('level'), col.string('evidenceKinds', 100)], {
        uniques: [['tenantId', 'personId', 'skillId']],
        indices: [['tenantId', 'skillId']],
      }),
    );
    await q.createTable(
      tenantTable(
        'structure_projects',
        [col.string('name', 200), col.text('description', true), col.id('ownerUnitId', true), col.string('status', 20), col.date('startDate', true), col.date('endDate', true), col.int('priority'), col.int('headcountMin'), col.int('headcountMax')],
        { indices: [['tenantId', 'ownerUnitId']] },
      ),
    );
    await q.createTable(tenantTable('structure_project_requirements', [col.id('projectId'), col.id('skillId'), col.int('minLevel'), col.float('weight')], { uniques: [['tenantId', 'projectId', 'skillId']] }));
    await q.createTable(
      tenantTable('structure_assignments', [col.id('projectId'), col.id('personId'), col.int('allocation')], { uniques: [['tenantId', 'projectId', 'personId']], indices: [['tenantId', 'personId']] }),
    );
    await q.createTable(tenantTable('structure_staffing_preferences', [col.id('personId'), col.id('projectId'), col.float('strength')], { uniques: [['tenantId', 'personId', 'projectId']] }));
    await q.createTable(
      tenantTable(
        'structure_staffing_plans',
        [col.id('unitId', true), col.string('status', 20), col.float('total'), col.string('fingerprint', 64), col.string('proposedBy', 320, true), col.timestamp('appliedAt', true), col.string('appliedBy', 320, true), col.json('payload')],
        { indices: [['tenantId', 'unitId']] },
      ),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.dropTable(table);
  }
}
