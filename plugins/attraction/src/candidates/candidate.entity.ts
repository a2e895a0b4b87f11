import { IdColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { Stage } from '../shared/stages.js';

/** A person in the pipeline of one requisition. */
@Entity('attraction_candidates')
export class CandidateEntity extends TenantEntity {
  @IdColumn()
  requisitionId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 40, default: '' })
  phone: string;

  @Column({ type: 'varchar', length: 30 })
  source: string;

  /** The employee who referred them, for source 'referral'. */
  @IdColumn({ nullable: true })
  referrerId: string | null;

  /** Current role and company, one line. */
  @Column({ type: 'varchar', length: 200, default: '' })
  headline: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  profileUrl: string;

  @Column({ type: 'varchar', length: 20 })
  stage: Stage;

  @TimestampColumn()
  stageEnteredAt: string;

  /** The person the core created once their offer was accepted. */
  @IdColumn({ nullable: true })
  hiredPersonId: string | null;
}
