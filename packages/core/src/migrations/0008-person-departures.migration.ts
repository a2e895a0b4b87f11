import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../database/migration-helpers.js';

/** A leaver's last day, voluntary or not, regretted or not, and why: what attrition is measured from. */
export class CorePersonDepartures0008 implements MigrationInterface {
  name = '0008-person-departures';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('people', new TableColumn(col.date('leaveDate', true)));
    await q.addColumn('people', new TableColumn(col.string('leaveType', 20, true)));
    await q.addColumn('people', new TableColumn(col.bool('leaveRegretted', false)));
    await q.addColumn('people', new TableColumn({ ...col.string('leaveReason', 500), default: "''" }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['leaveReason', 'leaveRegretted', 'leaveType', 'leaveDate']) await q.dropColumn('people', name);
  }
}
