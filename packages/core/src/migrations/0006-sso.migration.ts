import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, tenantTable } from '../database/migration-helpers.js';

/** OIDC single sign-on attempts (state, PKCE, nonce, one-time code). */
export class CoreSso0006 implements MigrationInterface {
  name = '0006-sso';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable('sso_sign_ins', [
        col.string('stateHash', 64), col.string('bindingHash', 64), col.string('nonce', 128), col.string('codeVerifier', 128), col.timestamp('expiresAt'),
        col.timestamp('callbackAt', true), col.id('accountId', true), col.string('codeHash', 64, true), col.timestamp('exchangedAt', true),
      ], { uniques: [['stateHash']], indices: [['codeHash']] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('sso_sign_ins');
  }
}
