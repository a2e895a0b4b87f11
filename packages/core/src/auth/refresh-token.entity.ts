import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, TimestampColumn } from '../database/columns.js';

/** One issued refresh token; tokens rotated from one login share a family. */
@Entity('refresh_tokens')
export class RefreshTokenEntity extends TenantEntity {
  @IdColumn()
  accountId: string;

  @IdColumn()
  familyId: string;

  /** SHA-256 of the secret part: the token itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @TimestampColumn()
  expiresAt: string;

  @TimestampColumn({ nullable: true })
  rotatedAt: string | null;

  @TimestampColumn({ nullable: true })
  revokedAt: string | null;

  /** The client address the token was issued to (behind trusted proxies, the forwarded one). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;
}
