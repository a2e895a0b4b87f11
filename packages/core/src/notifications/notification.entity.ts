import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, JsonColumn, TimestampColumn } from '../database/columns.js';

/**
 * Something a person is told in the console. The text is the console's, per language: `kind`
 * names the message (`incentives.allocation-republished` reads `incentives.notification.allocation-republished`) and `params` fills it, so nothing
 * sensitive is frozen in a language or copied out of the plugin that owns it.
 */
@Entity('notifications')
export class NotificationEntity extends TenantEntity {
  @IdColumn()
  accountId: string;

  @Column({ type: 'varchar', length: 120 })
  kind: string;

  @JsonColumn()
  params: Record<string, string | number>;

  /** A console path to open (`/incentives/me`), or null. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @TimestampColumn({ nullable: true })
  readAt: string | null;
}
