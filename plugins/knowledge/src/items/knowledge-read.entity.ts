import { DateColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Entity } from '@cadre/sdk/orm';

/** One person reading one item on one day (re-reads the same day count once). */
@Entity('knowledge_reads')
export class KnowledgeReadEntity extends TenantEntity {
  @IdColumn()
  itemId: string;

  @IdColumn()
  personId: string;

  @DateColumn()
  day: string;
}
