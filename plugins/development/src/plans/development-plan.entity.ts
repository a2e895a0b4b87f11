import { DateColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export type PlanStatus = 'active' | 'completed' | 'cancelled';

/** One person's development plan: where they aim (a ladder level), with whom, by when. */
@Entity('development_plans')
export class DevelopmentPlanEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @IdColumn({ nullable: true })
  mentorId: string | null;

  @IdColumn({ nullable: true })
  targetLevelId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: PlanStatus;

  @DateColumn({ nullable: true })
  dueOn: string | null;

  @Column({ type: 'text' })
  summary: string;

  @IdColumn({ nullable: true })
  createdById: string | null;
}
