import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * The people list is ordered by name, then id (ties between equal names). On (tenantId, name)
 * alone SQLite read every person of the tenant and sorted them in a temporary b-tree for each
 * page; with the id in the index a page reads only its own rows, first page or last.
 */
export class CorePeopleNameOrderIndex0010 implements MigrationInterface {
  name = '0010-people-name-order-index';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('people', new TableIndex({ name: 'idx_people_tenantId_name_id', columnNames: ['tenantId', 'name', 'id'] }));
    // Its prefix serves every query the old index did.
    await q.dropIndex('people', 'idx_people_tenantId_name');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('people', new TableIndex({ name: 'idx_people_tenantId_name', columnNames: ['tenantId', 'name'] }));
    await q.dropIndex('people', 'idx_people_tenantId_name_id');
  }
}
