import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { DateColumn, IdColumn, MoneyColumn } from '../database/columns.js';

export type PersonStatus = 'active' | 'leave' | 'terminated';
export type PersonTrack = 'ic' | 'management';
export type LeaveType = 'voluntary' | 'involuntary';

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

  /** The last working day of a person who left (or is about to): attrition is counted from it. */
  @DateColumn({ nullable: true })
  leaveDate: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  leaveType: LeaveType | null;

  /** Whether the company wanted to keep them ("regretted attrition"). */
  @Column({ type: 'boolean', default: false })
  leaveRegretted: boolean;

  @Column({ type: 'varchar', length: 500, default: '' })
  leaveReason: string;

  @MoneyColumn({ nullable: true })
  compBase: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  compCurrency: string | null;
}
