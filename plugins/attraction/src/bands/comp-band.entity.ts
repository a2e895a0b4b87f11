import { FloatColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** The company's pay range for one job family × level; money in integer minor units. */
@Entity('attraction_bands')
export class CompBandEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 60 })
  jobFamily: string;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @MoneyColumn()
  minBase: number;

  @MoneyColumn()
  midBase: number;

  @MoneyColumn()
  maxBase: number;

  /** Target bonus as a percentage of base (15 = 15 %). */
  @FloatColumn()
  bonusTargetPct: number;

  /** Equity grant range in units (shares or options). */
  @Column({ type: 'integer' })
  equityMin: number;

  @Column({ type: 'integer' })
  equityMax: number;
}
