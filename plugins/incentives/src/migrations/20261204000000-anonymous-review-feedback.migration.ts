import { randomInt, randomUUID } from 'node:crypto';
import { col, tenantTable } from '@cadre/sdk';
import { TableColumn, type MigrationInterface, type QueryRunner } from '@cadre/sdk/orm';

// Built per run: TypeORM may annotate the Table objects it creates.
const feedbackTable = () =>
  tenantTable('incentives_review_feedback', [
    col.id('cycleId'), col.id('revieweeId'), col.string('kind', 10), col.json('ratings'), col.text('comment', true), col.float('score'),
  ], { indices: [['cycleId', 'revieweeId']] });

interface AttachedRow {
  id: string;
  tenantId: string;
  cycleId: string;
  revieweeId: string;
  kind: string;
  ratings: string;
  comment: string | null;
  score: number;
  openedAt: string | null;
  periodStart: string;
}

/**
 * Moves the content of submitted peer and upward reviews of anonymous cycles off their assignment
 * rows into feedback rows that cannot be joined back: random ids, the cycle's opening time as the
 * only timestamp, written in a random order, and the assignment keeps only its status. Exported so
 * a test can run it on rows written the old way; running it twice changes nothing.
 */
export async function detachAnonymousContent(q: QueryRunner): Promise<number> {
  const pg = q.connection.options.type === 'postgres';
  const at = (i: number) => (pg ? `$${i}` : '?');
  const rows = (await q.query(
    `SELECT r.id, r."tenantId", r."cycleId", r."revieweeId", r.kind, r.ratings, r.comment, r.score, c."openedAt", c."periodStart"
       FROM incentives_reviews r JOIN incentives_review_cycles c ON c.id = r."cycleId" AND c."tenantId" = r."tenantId"
      WHERE r.status = 'submitted' AND r.kind IN ('peer', 'upward') AND c.anonymity = 'anonymous' AND r.score IS NOT NULL`,
  )) as AttachedRow[];
  const order = [...rows];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const r of order) {
    const stamp = r.openedAt ?? `${r.periodStart}T00:00:00.000Z`;
    await q.query(
      `INSERT INTO incentives_review_feedback (id, "tenantId", "cycleId", "revieweeId", kind, ratings, comment, score, "createdAt", "updatedAt")
       VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(at).join(', ')})`,
      [randomUUID(), r.tenantId, r.cycleId, r.revieweeId, r.kind, r.ratings, r.comment, r.score, stamp, stamp],
    );
  }
  for (const r of rows) {
    await q.query(`UPDATE incentives_reviews SET ratings = '[]', comment = NULL, score = NULL, "submittedAt" = NULL WHERE id = ${at(1)}`, [r.id]);
  }
  return rows.length;
}

/**
 * Anonymous reviews stored apart from their authors (security #16): a cycle's anonymity mode and
 * threshold, the feedback table, and existing anonymous content moved into it. Portable.
 */
export class AnonymousReviewFeedback20261204000000 implements MigrationInterface {
  name = '20261204000000-anonymous-review-feedback';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('incentives_review_cycles', new TableColumn({ ...col.string('anonymity', 12), default: "'anonymous'" }));
    await q.addColumn('incentives_review_cycles', new TableColumn(col.int('anonymityThreshold', false, 3)));
    await q.createTable(feedbackTable());
    await detachAnonymousContent(q);
  }

  // The link between anonymous content and its author is gone on purpose: going down drops the
  // content rather than pretending to restore it.
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('incentives_review_feedback');
    await q.dropColumn('incentives_review_cycles', 'anonymityThreshold');
    await q.dropColumn('incentives_review_cycles', 'anonymity');
  }
}
