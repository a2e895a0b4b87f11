import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** Every saved state of an item (the current one included): edits never overwrite history. */
@Entity('knowledge_item_versions')
export class KnowledgeItemVersionEntity extends TenantEntity {
  @IdColumn()
  itemId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 10 })
  visibility: string;

  @IdColumn({ nullable: true })
  editedById: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  note: string;
}
