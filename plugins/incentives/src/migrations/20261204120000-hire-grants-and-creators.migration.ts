import { col } from '@cadre/sdk';
import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from '@cadre/sdk/orm';

/**
 * #18: an equity grant made from an accepted offer carries the source it came from (unique per
 * tenant, so a redelivered event cannot make a second grant), and grants and bonus pools record
 * the account that created them (four eyes: that account may not approve them). Rows from before
 * have no known creator (null): the four-eyes check cannot object to them. Portable.
 */
export class HireGrantsAndCreators20261204120000 implements MigrationInterface {
  name = '20261204120000-hire-grants-and-creators';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('incentives_equity_grants', new TableColumn(col.string('sourceKey', 120, true)));
    await q.addColumn('incentives_equity_grants', new TableColumn(col.id('createdById', true)));
    await q.createIndex('incentives_equity_grants', new TableIndex({ name: 'UQ_incentives_equity_grants_source', columnNames: ['tenantId', 'sourceKey'], isUnique: true }));
    await q.addColumn('incentives_bonus_pools', new TableColumn(col.id('createdById', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('incentives_bonus_pools', 'createdById');
    await q.dropIndex('incentives_equity_grants', 'UQ_incentives_equity_grants_source');
    await q.dropColumn('incentives_equity_grants', 'createdById');
    await q.dropColumn('incentives_equity_grants', 'sourceKey');
  }
}
