import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, JsonColumn, TimestampColumn } from '../database/columns.js';

export type WebhookDeliveryStatus = 'pending' | 'sending' | 'succeeded' | 'failed';

/** One event for one subscription: the body as sent (already filtered for the owner), and how sending went. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity extends TenantEntity {
  @IdColumn()
  subscriptionId: string;

  @IdColumn()
  eventId: string;

  @Column({ type: 'varchar', length: 120 })
  eventType: string;

  @JsonColumn()
  body: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12 })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @TimestampColumn({ nullable: true })
  deliveredAt: string | null;

  /** Bumped by each replay: a send job of an older generation stands down. */
  @Column({ type: 'integer', default: 0 })
  generation: number;

  /** While `sending`: until when the claiming worker owns it (after a crash, another may take it). */
  @TimestampColumn({ nullable: true })
  leaseUntil: string | null;
}
