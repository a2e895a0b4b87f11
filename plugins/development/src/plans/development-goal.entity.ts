import { DateColumn, IdColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export type GoalStatus = 'open' | 'done' | 'dropped';

@Entity('development_plan_goals')
export class DevelopmentGoalEntity extends TenantEntity {
  @IdColumn()
  planId: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @IdColumn({ nullable: true })
  skillId: string | null;

  @Column({ type: 'integer', nullable: true })
  targetLevel: number | null;

  @DateColumn({ nullable: true })
  dueOn: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: GoalStatus;

  @TimestampColumn({ nullable: true })
  doneAt: string | null;
}
