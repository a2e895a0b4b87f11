import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../database/migration-helpers.js';

/** Webhook deliveries are claimed before sending: a generation (bumped by replay) and a lease. */
export class CoreWebhookDeliveryClaims0005 implements MigrationInterface {
  name = '0005-webhook-delivery-claims';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('webhook_deliveries', new TableColumn(col.int('generation', false, 0)));
    await q.addColumn('webhook_deliveries', new TableColumn(col.timestamp('leaseUntil', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('webhook_deliveries', 'leaseUntil');
    await q.dropColumn('webhook_deliveries', 'generation');
  }
}
