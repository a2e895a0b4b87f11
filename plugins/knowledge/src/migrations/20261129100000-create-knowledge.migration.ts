import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class CreateKnowledge20261129100000 implements MigrationInterface {
  name = '20261129100000-create-knowledge';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tenantTable(
        'knowledge_items',
        [
          col.string('kind', 20), col.string('title', 300), col.text('body'), col.text('bodyHtml'), col.text('bodyText'),
          col.string('visibility', 10), col.id('unitId', true), col.string('reference', 200, true), col.json('links'), col.int('version'),
          col.id('createdById', true), col.id('editedById', true), col.timestamp('publishedAt', true),
        ],
        { indices: [['tenantId', 'kind'], ['tenantId', 'publishedAt']] },
      ),
    );
    await q.createTable(
      tenantTable(
        'knowledge_item_versions',
        [col.id('itemId'), col.int('version'), col.string('kind', 20), col.string('title', 300), col.text('body'), col.string('visibility', 10), col.id('editedById', true), col.string('note', 300)],
        { uniques: [['itemId', 'version']] },
      ),
    );
    await q.createTable(tenantTable('knowledge_item_authors', [col.id('itemId'), col.id('personId'), col.int('position')], { indices: [['personId']], uniques: [['itemId', 'personId']] }));
    await q.createTable(tenantTable('knowledge_item_skills', [col.id('itemId'), col.id('skillId')], { indices: [['skillId']], uniques: [['itemId', 'skillId']] }));
    await q.createTable(tenantTable('knowledge_reads', [col.id('itemId'), col.id('personId'), col.date('day')], { indices: [['personId']], uniques: [['itemId', 'personId', 'day']] }));
    await q.createTable(tenantTable('knowledge_bookmarks', [col.id('itemId'), col.id('personId')], { indices: [['personId']], uniques: [['itemId', 'personId']] }));
    await q.createTable(
      tenantTable(
        'knowledge_talks',
        [
          col.string('kind', 20), col.string('title', 300), col.text('abstract'), col.id('speakerId'), col.id('organiserId', true), col.timestamp('scheduledAt'),
          col.int('durationMinutes'), col.string('location', 200), col.string('recordingUrl', 500, true), col.text('notes'), col.text('notesHtml'),
          col.string('status', 20), col.json('skillIds'),
        ],
        { indices: [['tenantId', 'scheduledAt'], ['speakerId']] },
      ),
    );
    await q.createTable(tenantTable('knowledge_talk_attendees', [col.id('talkId'), col.id('personId'), col.bool('invited'), col.bool('attended')], { indices: [['personId']], uniques: [['talkId', 'personId']] }));
    await q.createTable(
      tenantTable(
        'knowledge_code_reviews',
        [
          col.id('reviewerId'), col.id('authorId', true), col.string('repository', 200), col.string('pullRequest', 100), col.string('state', 30),
          col.int('comments'), col.timestamp('submittedAt'), col.string('url', 500, true), col.string('externalId', 200), col.string('source', 10),
        ],
        { indices: [['reviewerId'], ['tenantId', 'repository']], uniques: [['tenantId', 'externalId']] },
      ),
    );
    await q.createTable(tenantTable('knowledge_repositories', [col.string('name', 200), col.json('skillIds')], { uniques: [['tenantId', 'name']] }));
    await q.createTable(tenantTable('knowledge_webhook_deliveries', [col.bool('accepted'), col.string('reason', 300), col.string('ip', 64, true), col.int('reviews', false, 0)], { indices: [['tenantId', 'createdAt']] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['knowledge_webhook_deliveries', 'knowledge_repositories', 'knowledge_code_reviews', 'knowledge_talk_attendees', 'knowledge_talks', 'knowledge_bookmarks', 'knowledge_reads', 'knowledge_item_skills', 'knowledge_item_authors', 'knowledge_item_versions', 'knowledge_items']) {
      await q.dropTable(table);
    }
  }
}
