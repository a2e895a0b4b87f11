import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

@Entity('knowledge_item_authors')
export class KnowledgeItemAuthorEntity extends TenantEntity {
  @IdColumn()
  itemId: string;

  @IdColumn()
  personId: string;

  /** Author order as given (first author first). */
  @Column({ type: 'integer' })
  position: number;
}
