import { DateColumn, IdColumn, JsonColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const COURSE_KINDS = ['internal', 'external', 'expert_session', 'cross_training'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

/** A skill a course teaches, and the level it takes a learner to. */
export interface CourseSkill {
  skillId: string;
  level: number;
}

@Entity('development_courses')
export class CourseEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  kind: CourseKind;

  @Column({ type: 'text' })
  description: string;

  /** Who runs it: a team, a vendor, an external expert. */
  @Column({ type: 'varchar', length: 200 })
  provider: string;

  /** For cross-training: the team that hosts the learner. */
  @IdColumn({ nullable: true })
  hostUnitId: string | null;

  @JsonColumn()
  skills: CourseSkill[];

  @Column({ type: 'integer' })
  durationHours: number;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** Per learner, integer minor units. */
  @MoneyColumn()
  costAmount: number;

  @Column({ type: 'varchar', length: 3 })
  costCurrency: string;

  @DateColumn({ nullable: true })
  startsOn: string | null;

  @DateColumn({ nullable: true })
  endsOn: string | null;

  @IdColumn({ nullable: true })
  programmeId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
