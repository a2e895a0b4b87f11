import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, tenantTable } from '../database/migration-helpers.js';

export class CoreSchema0001 implements MigrationInterface {
  name = '0001-core-schema';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'tenants',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'slug', type: 'varchar', length: '63', isUnique: true },
          col.string('name', 200),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
      }),
    );
    await q.createTable(
      tenantTable('accounts', [col.string('email', 320), col.string('passwordHash'), col.id('personId', true), col.bool('disabled')], {
        uniques: [['tenantId', 'email']],
      }),
    );
    await q.createTable(
      tenantTable(
        'refresh_tokens',
        [col.id('accountId'), col.id('familyId'), col.string('tokenHash', 64), col.timestamp('expiresAt'), col.timestamp('rotatedAt', true), col.timestamp('revokedAt', true)],
        { indices: [['familyId'], ['accountId']], uniques: [['tokenHash']] },
      ),
    );
    await q.createTable(
      tenantTable('roles', [col.string('key', 63), col.string('name', 120), { ...col.string('description', 500), default: "''" }, col.bool('builtIn'), col.json('permissions')], {
        uniques: [['tenantId', 'key']],
      }),
    );
    await q.createTable(tenantTable('account_roles', [col.id('accountId'), col.id('roleId')], { uniques: [['accountId', 'roleId']] }));
    await q.createTable(
      tenantTable(
        'people',
        [
          col.string('name', 200),
          col.string('email', 320),
          { ...col.string('title', 200), default: "''" },
          { ...col.string('level', 20), default: "''" },
          { ...col.string('track', 20), default: "'ic'" },
          col.id('managerId', true),
          col.id('orgUnitId', true),
          { ...col.string('location', 200), default: "''" },
          col.date('hireDate', true),
          { ...col.string('status', 20), default: "'active'" },
          col.money('compBase', true),
          col.string('compCurrency', 3, true),
        ],
        { uniques: [['tenantId', 'email']], indices: [['tenantId', 'managerId'], ['tenantId', 'name']] },
      ),
    );
    await q.createTable(
      tenantTable(
        'audit_log',
        [col.id('actorId', true), col.string('actorEmail', 320, true), col.string('operation', 120), col.string('targetType', 80, true), col.string('targetId', 36, true), col.json('before', true), col.json('after', true)],
        { indices: [['tenantId', 'createdAt']] },
      ),
    );
    await q.createTable(
      tenantTable('outbox', [col.string('type', 120), col.json('payload'), col.timestamp('deliveredAt', true), col.int('attempts', false, 0), col.text('lastError', true), col.timestamp('availableAt')], {
        indices: [['deliveredAt', 'availableAt']],
      }),
    );
    await q.createTable(tenantTable('event_deliveries', [col.id('eventId'), col.string('handlerId', 120)], { uniques: [['eventId', 'handlerId']] }));
    await q.createTable(tenantTable('settings', [col.string('key', 120), col.json('value')], { uniques: [['tenantId', 'key']] }));
    await q.createIndex('accounts', new TableIndex({ name: 'idx_accounts_email', columnNames: ['email'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['settings', 'event_deliveries', 'outbox', 'audit_log', 'people', 'account_roles', 'roles', 'refresh_tokens', 'accounts', 'tenants']) {
      await q.dropTable(table);
    }
  }
}
