import { IdColumn, JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export interface SkillExpectation {
  skillId: string;
  level: number;
}

/** A level of a ladder (P5, M6) and the skills it expects, each at a level 0–5. */
@Entity('development_ladder_levels')
export class CareerLevelEntity extends TenantEntity {
  @IdColumn()
  ladderId: string;

  /** The level code people carry (person.level), e.g. 'P5'. Unique per tenant. */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  /** Order within the ladder: higher is more senior. */
  @Column({ type: 'integer' })
  rank: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @JsonColumn()
  expectations: SkillExpectation[];
}
