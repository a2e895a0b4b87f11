import { col } from '@cadre/sdk';
import { TableColumn, type MigrationInterface, type QueryRunner } from '@cadre/sdk/orm';

/**
 * Who proposed and who approved an equity grant, and when it was approved, so the console can show
 * them (and an approver sees at a glance whether four eyes lets them approve). Emails, as bonus
 * pools keep their approver. Rows from before, and grants made from an accepted offer, have none
 * (null). Portable.
 */
export class EquityGrantDeciders20261204140000 implements MigrationInterface {
  name = '20261204140000-equity-grant-deciders';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('incentives_equity_grants', new TableColumn(col.string('createdBy', 320, true)));
    await q.addColumn('incentives_equity_grants', new TableColumn(col.string('approvedBy', 320, true)));
    await q.addColumn('incentives_equity_grants', new TableColumn(col.timestamp('approvedAt', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('incentives_equity_grants', 'approvedAt');
    await q.dropColumn('incentives_equity_grants', 'approvedBy');
    await q.dropColumn('incentives_equity_grants', 'createdBy');
  }
}
