import { DateColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** Imported market pay for one job family × level (a survey's percentiles of base pay). */
@Entity('attraction_market_rates')
export class MarketRateEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 60 })
  jobFamily: string;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @MoneyColumn()
  p25: number;

  @MoneyColumn()
  p50: number;

  @MoneyColumn()
  p75: number;

  @MoneyColumn()
  p90: number;

  /** Where the numbers come from (survey name). */
  @Column({ type: 'varchar', length: 200, default: '' })
  source: string;

  @DateColumn({ nullable: true })
  asOf: string | null;
}
