import { BeforeInsert, BeforeUpdate, PrimaryColumn } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { IdColumn, TimestampColumn, nowIso } from './columns.js';

/** Ids are UUIDv7 strings: unique across tenants and roughly time-ordered. */
export abstract class BaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @TimestampColumn()
  createdAt: string;

  @TimestampColumn()
  updatedAt: string;

  @BeforeInsert()
  protected stampInsert() {
    this.id ??= uuidv7();
    this.createdAt ??= nowIso();
    this.updatedAt = this.createdAt;
  }

  @BeforeUpdate()
  protected stampUpdate() {
    this.updatedAt = nowIso();
  }
}

/** Every tenant-owned row carries tenantId; ScopedRepository sets and filters it. */
export abstract class TenantEntity extends BaseEntity {
  @IdColumn()
  tenantId: string;
}

export const newId = () => uuidv7();
