import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { SkillEvidenceKind } from '../contracts.js';

/** Fixed order (also of PersonSkillEntity.evidenceKinds); 'course' is a completed course (development). */
export const EVIDENCE_KINDS = ['self', 'manager', 'review', 'knowledge', 'course'] as const satisfies readonly SkillEvidenceKind[];
export type EvidenceKind = SkillEvidenceKind;

/** One piece of evidence for a person's level in a skill; the history is kept, never edited. */
@Entity('structure_skill_evidence')
export class SkillEvidenceEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @IdColumn()
  skillId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: EvidenceKind;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The person who recorded it (null for system sources such as the knowledge plugin). */
  @IdColumn({ nullable: true })
  recordedById: string | null;

  /**
   * What produced it in another plugin (e.g. 'development.enrolment:<id>'), so that a redelivered
   * event records it once; null for evidence entered by people.
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceRef: string | null;
}
