import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Where each sign-in came from, so a known address is slowed rather than refused while its account is under attack. */
export class CoreSignInAddresses0002 implements MigrationInterface {
  name = '0002-sign-in-addresses';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('refresh_tokens', new TableColumn({ name: 'address', type: 'varchar', length: '64', isNullable: true }));
    await q.createIndex('refresh_tokens', new TableIndex({ name: 'idx_refresh_tokens_accountId_address', columnNames: ['accountId', 'address'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('refresh_tokens', 'idx_refresh_tokens_accountId_address');
    await q.dropColumn('refresh_tokens', 'address');
  }
}
