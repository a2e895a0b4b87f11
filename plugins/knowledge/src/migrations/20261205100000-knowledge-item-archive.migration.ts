import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/**
 * Archived items: out of lists and search, versions kept, restorable. Plain ALTER TABLE on
 * purpose: TypeORM's addColumn rebuilds the table on SQLite, which would drop the FTS triggers.
 */
export class KnowledgeItemArchive20261205100000 implements MigrationInterface {
  name = '20261205100000-knowledge-item-archive';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE knowledge_items ADD COLUMN "archivedAt" varchar(30) NULL');
    await q.query('ALTER TABLE knowledge_items ADD COLUMN "archivedById" varchar(36) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE knowledge_items DROP COLUMN "archivedById"');
    await q.query('ALTER TABLE knowledge_items DROP COLUMN "archivedAt"');
  }
}
