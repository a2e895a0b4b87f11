import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, JsonColumn, TimestampColumn } from '../database/columns.js';

export type ApiTokenKind = 'personal' | 'service';

/**
 * A long-lived bearer token for scripts and integrations. A personal token acts as its owner
 * (within its scopes); a service token acts as itself, a principal of the tenant.
 */
@Entity('api_tokens')
export class ApiTokenEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: ApiTokenKind;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The account a personal token acts as; null for service tokens. */
  @IdColumn({ nullable: true })
  ownerAccountId: string | null;

  @IdColumn()
  createdByAccountId: string;

  /** Permission ids the token may use (further cut to the owner's current permissions for personal tokens). */
  @JsonColumn()
  scopes: string[];

  /** SHA-256 (hex) of the whole token. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The token's first characters, so people can tell their tokens apart. */
  @Column({ type: 'varchar', length: 24 })
  prefix: string;

  @TimestampColumn({ nullable: true })
  expiresAt: string | null;

  @TimestampColumn({ nullable: true })
  lastUsedAt: string | null;

  @TimestampColumn({ nullable: true })
  revokedAt: string | null;
}
