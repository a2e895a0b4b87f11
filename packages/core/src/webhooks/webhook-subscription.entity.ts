import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, JsonColumn, TimestampColumn } from '../database/columns.js';

/** An outside system told about events: payloads are built with its owner's permissions and signed with its secret. */
@Entity('webhook_subscriptions')
export class WebhookSubscriptionEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  /** Event types (`'<id>.<name>'`), or `*` for every one. */
  @JsonColumn()
  events: string[];

  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  /** The HMAC-SHA256 key; shown once, when the subscription is made. */
  @Column({ type: 'varchar', length: 80 })
  secret: string;

  /** Whose permissions decide what a payload may carry. */
  @IdColumn()
  ownerAccountId: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Deliveries that failed for good in a row; reaching the tenant's limit disables the subscription. */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @TimestampColumn({ nullable: true })
  disabledAt: string | null;
}
