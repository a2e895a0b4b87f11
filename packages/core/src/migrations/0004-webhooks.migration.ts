import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, tenantTable } from '../database/migration-helpers.js';

/** Outbound webhooks: subscriptions and their delivery log. */
export class CoreWebhooks0004 implements MigrationInterface {
  name = '0004-webhooks';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('webhook_subscriptions', [
        col.string('url', 2000), col.json('events'), { ...col.string('description', 200), default: "''" }, col.string('secret', 80), col.id('ownerAccountId'),
        col.bool('active', true), col.int('consecutiveFailures', false, 0), col.timestamp('disabledAt', true),
      ]),
    );
    await q.createTable(
      tenantTable('webhook_deliveries', [
        col.id('subscriptionId'), col.id('eventId'), col.string('eventType', 120), col.json('body'), col.string('status', 12),
        col.int('attempts', false, 0), col.int('responseStatus', true), col.text('lastError', true), col.timestamp('deliveredAt', true),
      ], { indices: [['subscriptionId', 'createdAt']], uniques: [['subscriptionId', 'eventId']] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_deliveries');
    await q.dropTable('webhook_subscriptions');
  }
}
