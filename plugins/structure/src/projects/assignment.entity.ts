import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A person working on a project for a share of their time. */
@Entity('structure_assignments')
export class AssignmentEntity extends TenantEntity {
  @IdColumn()
  projectId: string;

  @IdColumn()
  personId: string;

  /** Percent of the person's time, 1–100; a person's assignments add up to at most 100. */
  @Column({ type: 'integer' })
  allocation: number;
}
