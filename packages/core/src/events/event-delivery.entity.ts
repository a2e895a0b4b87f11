import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn } from '../database/columns.js';

/** Marks that one handler has processed one event: written in the handler's transaction. */
@Entity('event_deliveries')
export class EventDeliveryEntity extends TenantEntity {
  @IdColumn()
  eventId: string;

  @Column({ type: 'varchar', length: 120 })
  handlerId: string;
}
