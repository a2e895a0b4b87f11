import { DateColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const CHANGE_KINDS = ['level', 'manager', 'pay'] as const;

/**
 * When a person's level, manager or pay changed (recorded from the core's PersonUpdated), for
 * the risk features "months since a level change", "manager changes in 12 months" and "months
 * since a raise". Values are kept only to tell a raise from a cut, never shown.
 */
@Entity('insights_person_changes')
export class PersonChangeEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: (typeof CHANGE_KINDS)[number];

  @DateColumn()
  day: string;

  /** Pay: the new base in minor units (a raise when above the previous); otherwise ''. */
  @Column({ type: 'varchar', length: 40, default: '' })
  value: string;

  /** The event and kind it came from, so a redelivery records nothing twice. */
  @Column({ type: 'varchar', length: 80 })
  sourceKey: string;
}
