import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn, TimestampColumn } from '../database/columns.js';

/**
 * One single sign-on attempt, kept server-side: the PKCE verifier and nonce from the start, then
 * the one-time code the console exchanges for tokens. State, browser binding and code are stored
 * only as SHA-256 hashes; each step can happen once.
 */
@Entity('sso_sign_ins')
export class SsoSignInEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 64 })
  stateHash: string;

  /** Hash of the HttpOnly cookie set at the start: the callback must come from the same browser. */
  @Column({ type: 'varchar', length: 64 })
  bindingHash: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ type: 'varchar', length: 128 })
  codeVerifier: string;

  @TimestampColumn()
  expiresAt: string;

  @TimestampColumn({ nullable: true })
  callbackAt: string | null;

  @IdColumn({ nullable: true })
  accountId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  codeHash: string | null;

  @TimestampColumn({ nullable: true })
  exchangedAt: string | null;
}
