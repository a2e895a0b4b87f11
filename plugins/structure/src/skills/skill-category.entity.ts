import { TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

@Entity('structure_skill_categories')
export class SkillCategoryEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
