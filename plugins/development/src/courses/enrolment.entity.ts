import { IdColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export type EnrolmentStatus = 'enrolled' | 'completed' | 'withdrawn';

@Entity('development_enrolments')
export class EnrolmentEntity extends TenantEntity {
  @IdColumn()
  courseId: string;

  @IdColumn()
  personId: string;

  @Column({ type: 'varchar', length: 20 })
  status: EnrolmentStatus;

  @IdColumn({ nullable: true })
  enrolledById: string | null;

  @TimestampColumn({ nullable: true })
  completedAt: string | null;

  /** The learner's rating 1–5 and comment, once given. */
  @Column({ type: 'integer', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;
}
