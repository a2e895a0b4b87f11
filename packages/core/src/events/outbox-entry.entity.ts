import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { JsonColumn, TimestampColumn } from '../database/columns.js';

/** A domain event written in the same transaction as the change that raised it. */
@Entity('outbox')
export class OutboxEntryEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 120 })
  type: string;

  @JsonColumn()
  payload: unknown;

  @TimestampColumn({ nullable: true })
  deliveredAt: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @TimestampColumn()
  availableAt: string;
}
