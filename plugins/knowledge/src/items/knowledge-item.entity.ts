import { IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const ITEM_KINDS = ['paper', 'patent', 'tech_blog', 'design_doc', 'best_practice', 'post_mortem'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const VISIBILITIES = ['tenant', 'unit', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface ItemLink {
  title: string;
  url: string;
}

/** A knowledge item; its markdown is rendered once per edit into safe HTML and plain text. */
@Entity('knowledge_items')
export class KnowledgeItemEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: ItemKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The markdown source. */
  @Column({ type: 'text' })
  body: string;

  /** Sanitised HTML rendered from `body` on the server. */
  @Column({ type: 'text' })
  bodyHtml: string;

  /** Plain text of `body`, what search and snippets look at. */
  @Column({ type: 'text' })
  bodyText: string;

  @Column({ type: 'varchar', length: 10 })
  visibility: Visibility;

  /** The unit a 'unit' item is shared with (and the unit it came from otherwise). */
  @IdColumn({ nullable: true })
  unitId: string | null;

  /** External reference: arXiv id, patent number, DOI. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @JsonColumn()
  links: ItemLink[];

  @Column({ type: 'integer' })
  version: number;

  @IdColumn({ nullable: true })
  createdById: string | null;

  @IdColumn({ nullable: true })
  editedById: string | null;

  /** When it first left draft (visibility other than 'private'); null while a draft. */
  @TimestampColumn({ nullable: true })
  publishedAt: string | null;

  /** Out of lists and search since then (versions kept); null while live. */
  @TimestampColumn({ nullable: true })
  archivedAt: string | null;

  @IdColumn({ nullable: true })
  archivedById: string | null;
}
