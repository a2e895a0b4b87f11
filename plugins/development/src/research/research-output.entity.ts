import { DateColumn, IdColumn, JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const OUTPUT_KINDS = ['publication', 'patent'] as const;
export const OUTPUT_STATUSES = ['draft', 'submitted', 'accepted', 'published', 'filed', 'granted', 'rejected'] as const;

/** A publication or patent, optionally linked to its knowledge-base item. */
@Entity('development_research_outputs')
export class ResearchOutputEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: (typeof OUTPUT_KINDS)[number];

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** Conference or journal; the patent office for patents. */
  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ type: 'varchar', length: 20 })
  status: (typeof OUTPUT_STATUSES)[number];

  @DateColumn({ nullable: true })
  date: string | null;

  @JsonColumn()
  authorIds: string[];

  @IdColumn({ nullable: true })
  knowledgeItemId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;
}
