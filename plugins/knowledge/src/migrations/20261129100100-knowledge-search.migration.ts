import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/**
 * Full-text search over title and plain body, for Chinese and English alike.
 * - SQLite: an FTS5 table with the trigram tokenizer (substring matching, no word segmentation
 *   needed for Chinese), kept in step with knowledge_items by triggers. Trigrams need ≥ 3
 *   characters: the search service falls back to LIKE for shorter terms (e.g. 模型).
 *   NB: a later migration that rebuilds knowledge_items on SQLite must recreate the triggers.
 * - PostgreSQL: the search service uses ILIKE; pg_trgm GIN indexes make that fast when the
 *   extension can be created (it may need a superuser); without it ILIKE still works, unindexed.
 */
export class KnowledgeSearch20261129100100 implements MigrationInterface {
  name = '20261129100100-knowledge-search';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') {
      await q.query(`CREATE VIRTUAL TABLE knowledge_item_fts USING fts5("itemId" UNINDEXED, "tenantId" UNINDEXED, title, body, tokenize = 'trigram')`);
      await q.query(`CREATE TRIGGER knowledge_items_fts_ai AFTER INSERT ON knowledge_items BEGIN
        INSERT INTO knowledge_item_fts("itemId", "tenantId", title, body) VALUES (new.id, new."tenantId", new.title, new."bodyText"); END`);
      await q.query(`CREATE TRIGGER knowledge_items_fts_au AFTER UPDATE OF title, "bodyText" ON knowledge_items BEGIN
        DELETE FROM knowledge_item_fts WHERE "itemId" = old.id;
        INSERT INTO knowledge_item_fts("itemId", "tenantId", title, body) VALUES (new.id, new."tenantId", new.title, new."bodyText"); END`);
      await q.query(`CREATE TRIGGER knowledge_items_fts_ad AFTER DELETE ON knowledge_items BEGIN
        DELETE FROM knowledge_item_fts WHERE "itemId" = old.id; END`);
      return;
    }
    if (q.connection.options.type !== 'postgres') return;
    // Tried inside a savepoint: a refused CREATE EXTENSION must not abort the migration.
    await q.query('SAVEPOINT knowledge_trgm');
    try {
      await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
      const [row] = (await q.query(`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`)) as Array<{ schema: string }>;
      const ops = `"${row.schema}".gin_trgm_ops`;
      await q.query(`CREATE INDEX idx_knowledge_items_title_trgm ON knowledge_items USING gin (title ${ops})`);
      await q.query(`CREATE INDEX idx_knowledge_items_body_trgm ON knowledge_items USING gin ("bodyText" ${ops})`);
      await q.query('RELEASE SAVEPOINT knowledge_trgm');
    } catch {
      await q.query('ROLLBACK TO SAVEPOINT knowledge_trgm');
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') {
      for (const t of ['knowledge_items_fts_ai', 'knowledge_items_fts_au', 'knowledge_items_fts_ad']) await q.query(`DROP TRIGGER IF EXISTS ${t}`);
      await q.query('DROP TABLE IF EXISTS knowledge_item_fts');
      return;
    }
    if (q.connection.options.type === 'postgres') {
      await q.query('DROP INDEX IF EXISTS idx_knowledge_items_title_trgm');
      await q.query('DROP INDEX IF EXISTS idx_knowledge_items_body_trgm');
    }
  }
}
