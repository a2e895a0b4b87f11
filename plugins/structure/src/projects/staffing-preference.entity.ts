import { FloatColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Entity } from '@cadre/sdk/orm';

/** How much a person wants (or does not want) to work on a project: −1 … 1. */
@Entity('structure_staffing_preferences')
export class StaffingPreferenceEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @IdColumn()
  projectId: string;

  @FloatColumn()
  strength: number;
}
