import { FloatColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

@Entity('structure_project_requirements')
export class ProjectRequirementEntity extends TenantEntity {
  @IdColumn()
  projectId: string;

  @IdColumn()
  skillId: string;

  @Column({ type: 'integer' })
  minLevel: number;

  @FloatColumn()
  weight: number;
}
