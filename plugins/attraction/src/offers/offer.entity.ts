import { DateColumn, FloatColumn, IdColumn, JsonColumn, MoneyColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const OFFER_STATUSES = ['pending-approval', 'approved', 'accepted', 'declined', 'refused', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
/** Offers that still count: at most one per candidate. */
export const ACTIVE_OFFER_STATUSES: OfferStatus[] = ['pending-approval', 'approved'];
export const VESTING_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export const REMOTE_OPTIONS = ['onsite', 'hybrid', 'remote'] as const;

/**
 * A structured offer: pay, equity with vesting, sign-on, benefits and the founding document's
 * attraction levers. Money in integer minor units of `currency`. Revising it bumps `version`
 * and voids earlier approvals.
 */
@Entity('attraction_offers')
export class OfferEntity extends TenantEntity {
  @IdColumn()
  candidateId: string;

  @IdColumn()
  requisitionId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ type: 'varchar', length: 20 })
  status: OfferStatus;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @MoneyColumn()
  base: number;

  @FloatColumn()
  bonusTargetPct: number;

  @Column({ type: 'integer' })
  equityUnits: number;

  @Column({ type: 'integer' })
  vestingMonths: number;

  @Column({ type: 'integer' })
  cliffMonths: number;

  @Column({ type: 'varchar', length: 10 })
  vestingFrequency: string;

  @MoneyColumn()
  signOnBonus: number;

  @JsonColumn()
  benefits: string[];

  /** Lever: the career path offered (track, next level, expected timeline). */
  @Column({ type: 'text', default: '' })
  careerPath: string;

  /** Lever: share of time for self-directed innovation work, in percent. */
  @Column({ type: 'integer' })
  innovationTimePct: number;

  /** Lever: flexible working hours. */
  @Column({ type: 'boolean' })
  flexibleHours: boolean;

  /** Lever: 'onsite', 'hybrid' or 'remote'. */
  @Column({ type: 'varchar', length: 10 })
  remoteWork: string;

  /** Lever: yearly learning and conference budget. */
  @MoneyColumn()
  learningBudget: number;

  @DateColumn()
  startDate: string;

  @DateColumn({ nullable: true })
  expiresOn: string | null;

  /** Outside its band (or no comparable band) when last submitted: needs the extra approver. */
  @Column({ type: 'boolean' })
  needsException: boolean;

  @IdColumn({ nullable: true })
  createdById: string | null;

  /** The account that drafted it (four eyes: it may not approve it when outside its band); null before this was kept. */
  @IdColumn({ nullable: true })
  createdByAccountId: string | null;

  @TimestampColumn({ nullable: true })
  decidedAt: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @IdColumn({ nullable: true })
  hiredPersonId: string | null;
}
