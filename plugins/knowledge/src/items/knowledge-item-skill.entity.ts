import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Entity } from '@cadre/sdk/orm';

/** A skill tag of an item (skills live in the structure plugin's taxonomy). */
@Entity('knowledge_item_skills')
export class KnowledgeItemSkillEntity extends TenantEntity {
  @IdColumn()
  itemId: string;

  @IdColumn()
  skillId: string;
}
