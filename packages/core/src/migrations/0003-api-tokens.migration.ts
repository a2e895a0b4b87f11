import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, tenantTable } from '../database/migration-helpers.js';

/** Personal and service API tokens: only the SHA-256 of a token is stored, never the token. */
export class CoreApiTokens0003 implements MigrationInterface {
  name = '0003-api-tokens';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable(
        'api_tokens',
        [
          col.string('kind', 20),
          col.string('name', 120),
          col.id('ownerAccountId', true),
          col.id('createdByAccountId'),
          col.json('scopes'),
          col.string('tokenHash', 64),
          col.string('prefix', 24),
          col.timestamp('expiresAt', true),
          col.timestamp('lastUsedAt', true),
          col.timestamp('revokedAt', true),
        ],
        { uniques: [['tokenHash']], indices: [['tenantId', 'ownerAccountId']] },
      ),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('api_tokens');
  }
}
