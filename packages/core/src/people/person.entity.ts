import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { DateColumn, IdColumn, MoneyColumn } from '../database/columns.js';

export type PersonStatus = 'active' | 'leave' | 'terminated';
export type PersonTrack = 'ic' | 'management';

@Entity('people')
export class PersonEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  title: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  level: string;

  @Column({ type: 'varchar', length: 20, default: 'ic' })
  track: PersonTrack;

  @IdColumn({ nullable: true })
  managerId: string | null;

  /** Reference to an org unit owned by the structure plugin (no foreign key on purpose). */
  @IdColumn({ nullable: true })
  orgUnitId: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  @DateColumn({ nullable: true })
  hireDate: string | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: PersonStatus;

  @MoneyColumn({ nullable: true })
  compBase: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  compCurrency: string | null;
}
