import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Entity } from '@cadre/sdk/orm';

@Entity('knowledge_bookmarks')
export class KnowledgeBookmarkEntity extends TenantEntity {
  @IdColumn()
  itemId: string;

  @IdColumn()
  personId: string;
}
