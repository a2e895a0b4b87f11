import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A person's current level in a skill, derived from the evidence (see skill-level.ts). */
@Entity('structure_person_skills')
export class PersonSkillEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @IdColumn()
  skillId: string;

  @Column({ type: 'integer' })
  level: number;

  /** The kinds of evidence on file, comma-separated in EVIDENCE_KINDS order (self,manager,review,knowledge,course). */
  @Column({ type: 'varchar', length: 100 })
  evidenceKinds: string;
}
