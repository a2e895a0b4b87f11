import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, tenantTable } from '../database/migration-helpers.js';

/** Notifications people read in the console. */
export class CoreNotifications0007 implements MigrationInterface {
  name = '0007-notifications';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('notifications', [col.id('accountId'), col.string('kind', 120), col.json('params'), col.string('link', 500, true), col.timestamp('readAt', true)], {
        indices: [['accountId', 'createdAt']],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notifications');
  }
}
