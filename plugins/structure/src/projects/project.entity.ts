import { DateColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const PROJECT_STATUSES = ['planned', 'active', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

@Entity('structure_projects')
export class ProjectEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @IdColumn({ nullable: true })
  ownerUnitId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: ProjectStatus;

  @DateColumn({ nullable: true })
  startDate: string | null;

  @DateColumn({ nullable: true })
  endDate: string | null;

  /** 1 (nice to have) … 5 (company critical). */
  @Column({ type: 'integer' })
  priority: number;

  @Column({ type: 'integer' })
  headcountMin: number;

  @Column({ type: 'integer' })
  headcountMax: number;
}
