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

  /**
   * Stamps updatedAt strictly later than the stamp it replaces, even within one millisecond or
   * behind a slower clock: edit forms send it back as the version they saw (assertUnchangedSince).
   * Runs on every update; call it to mark an edit that changed only related rows.
   */
  @BeforeUpdate()
  touch() {
    const now = nowIso();
    this.updatedAt = !this.updatedAt || now > this.updatedAt ? now : new Date(Date.parse(this.updatedAt) + 1).toISOString();
  }
}

/** Every tenant-owned row carries tenantId; ScopedRepository sets and filters it. */
export abstract class TenantEntity extends BaseEntity {
  @IdColumn()
  tenantId: string;
}

export const newId = () => uuidv7();
