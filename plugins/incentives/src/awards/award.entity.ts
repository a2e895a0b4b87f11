import { IdColumn, MoneyColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const AWARD_KINDS = ['idea', 'paper', 'patent', 'open-source'] as const;
export type AwardStatus = 'nominated' | 'approved' | 'rejected' | 'paid';

/** An innovation award: nomination → approval (with amount) → payout, or rejection. */
@Entity('incentives_awards')
export class AwardEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @IdColumn({ nullable: true })
  nominatedById: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: AwardStatus;

  @MoneyColumn({ nullable: true })
  amount: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ nullable: true })
  decidedAt: string | null;

  @TimestampColumn({ nullable: true })
  paidAt: string | null;
}
