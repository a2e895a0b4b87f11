import { col } from '@cadre/sdk';
import { TableColumn, type MigrationInterface, type QueryRunner } from '@cadre/sdk/orm';

/**
 * #18: merit matrices read salary ranges from attraction's compensation bands (family × level) when
 * they compute; their own copy of ranges per level goes. Computed increases keep what they were
 * computed with. Portable.
 */
export class MeritRangesFromBands20261204130000 implements MigrationInterface {
  name = '20261204130000-merit-ranges-from-bands';

  async up(q: QueryRunner): Promise<void> {
    await q.dropColumn('incentives_merit_matrices', 'salaryRanges');
  }

  // The dropped copies are not restored: the bands are the ranges now.
  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('incentives_merit_matrices', new TableColumn({ ...col.json('salaryRanges'), default: "'[]'" }));
  }
}
