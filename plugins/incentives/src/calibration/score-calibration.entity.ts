import { FloatColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** One calibrated score change, with its reason and who made it (the audit log has it too). */
@Entity('incentives_score_calibrations')
export class ScoreCalibrationEntity extends TenantEntity {
  @IdColumn()
  cycleId: string;

  @IdColumn()
  personId: string;

  @FloatColumn({ nullable: true })
  fromScore: number | null;

  @FloatColumn()
  toScore: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  actorEmail: string | null;
}
