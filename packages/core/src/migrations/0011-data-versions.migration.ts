import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../database/migration-helpers.js';

/**
 * A counter per tenant ('*' for writes outside any tenant), raised by every transaction that
 * changes the tenant's data: shared reads (DataService.shared) are valid while it stands still,
 * in this process and in every other one on the same database.
 */
export class CoreDataVersions0011 implements MigrationInterface {
  name = '0011-data-versions';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'data_versions', columns: [{ ...col.id('scope'), isPrimary: true }, { name: 'version', type: 'bigint', isNullable: false }] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('data_versions');
  }
}
