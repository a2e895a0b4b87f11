import { DateColumn, IdColumn, MoneyColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const GRANT_KINDS = ['new-hire', 'refresh', 'promotion'] as const;
export type GrantStatus = 'proposed' | 'granted' | 'cancelled';

/** Stock options or units granted to a person, vesting over time. */
@Entity('incentives_equity_grants')
export class EquityGrantEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'integer' })
  units: number;

  /** Exercise price per unit in minor units (options); null for restricted units. */
  @MoneyColumn({ nullable: true })
  strikePrice: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @DateColumn()
  grantDate: string;

  @DateColumn()
  vestingStart: string;

  @Column({ type: 'integer' })
  cliffMonths: number;

  @Column({ type: 'integer' })
  vestingMonths: number;

  @Column({ type: 'integer' })
  frequencyMonths: number;

  @Column({ type: 'varchar', length: 12 })
  status: GrantStatus;

  @Column({ type: 'text', default: '' })
  note: string;

  /** Where a grant made by an event came from (e.g. 'attraction.offer:<id>'): unique, so a redelivery makes none. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceKey: string | null;

  /** The account that proposed it (null: made by an event, or before this was recorded). */
  @IdColumn({ nullable: true })
  createdById: string | null;

  /** The proposer's email (shown; four eyes checks createdById). Null when made by an event or before this was kept. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  createdBy: string | null;

  /** Who approved it (proposed → granted) and when; null until then, and for grants made by an event. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  approvedBy: string | null;

  @TimestampColumn({ nullable: true })
  approvedAt: string | null;
}
