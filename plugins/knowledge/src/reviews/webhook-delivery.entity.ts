import { TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** Every webhook call we could attribute to a tenant, accepted or not (never the signature). */
@Entity('knowledge_webhook_deliveries')
export class WebhookDeliveryEntity extends TenantEntity {
  @Column({ type: 'boolean' })
  accepted: boolean;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'integer', default: 0 })
  reviews: number;
}
