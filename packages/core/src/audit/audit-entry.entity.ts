import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, JsonColumn } from '../database/columns.js';

@Entity('audit_log')
export class AuditEntryEntity extends TenantEntity {
  @IdColumn({ nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  actorEmail: string | null;

  @Column({ type: 'varchar', length: 120 })
  operation: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  targetType: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  targetId: string | null;

  @JsonColumn({ nullable: true })
  before: unknown;

  @JsonColumn({ nullable: true })
  after: unknown;
}
