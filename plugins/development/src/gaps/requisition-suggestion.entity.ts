import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A requisition suggested (and announced by event) once per unit, skill and level. */
@Entity('development_requisition_suggestions')
export class RequisitionSuggestionEntity extends TenantEntity {
  /** The unit analysed; '' for the whole company (null is not unique-safe on every database). */
  @Column({ type: 'varchar', length: 36 })
  unitKey: string;

  @IdColumn()
  skillId: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'text' })
  reason: string;
}
