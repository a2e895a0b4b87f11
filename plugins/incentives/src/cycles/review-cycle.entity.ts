import { DateColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { AnonymityMode } from '../reviews/review-kinds.js';
import type { Criterion } from '../reviews/scoring.js';

export const CYCLE_STATUSES = ['draft', 'open', 'calibrating', 'finalised'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** A review cycle: period, criteria, review kinds, due dates, bands, and its status flow. */
@Entity('incentives_review_cycles')
export class ReviewCycleEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @DateColumn()
  periodStart: string;

  @DateColumn()
  periodEnd: string;

  @Column({ type: 'varchar', length: 20 })
  status: CycleStatus;

  /** Review kinds used in this cycle (self, manager, peer, upward). */
  @JsonColumn()
  kinds: string[];

  /** How much each kind counts in a person's score. */
  @JsonColumn()
  kindWeights: Record<string, number>;

  @JsonColumn()
  criteria: Criterion[];

  /** Whether peer and upward authors are unknowable ('anonymous') or known to HR ('confidential'); fixed once open. */
  @Column({ type: 'varchar', length: 12, default: 'anonymous' })
  anonymity: AnonymityMode;

  /** Groups of an anonymous kind with fewer submitted reviews are withheld from everyone (at least 3). */
  @Column({ type: 'integer', default: 3 })
  anonymityThreshold: number;

  /** Peers assigned to each reviewee when the cycle opens. */
  @Column({ type: 'integer' })
  peerCount: number;

  @DateColumn({ nullable: true })
  selfDue: string | null;

  @DateColumn({ nullable: true })
  managerDue: string | null;

  @DateColumn({ nullable: true })
  peerDue: string | null;

  @DateColumn({ nullable: true })
  upwardDue: string | null;

  /** Band thresholds t1 > … > t(k−1) on the 1–5 score scale. */
  @JsonColumn()
  thresholds: number[];

  /** Band coefficients c1 … ck. */
  @JsonColumn()
  coefficients: number[];

  @TimestampColumn({ nullable: true })
  openedAt: string | null;

  @TimestampColumn({ nullable: true })
  calibratingAt: string | null;

  @TimestampColumn({ nullable: true })
  finalisedAt: string | null;
}

