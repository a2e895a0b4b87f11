// Code reviews from a CSV export of the forge (importCodeReviews, knowledge.reviews.import):
// all-or-nothing; reviews already stored (same external id) are skipped and counted.
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { CsvImportButton } from '@cadre/sdk/console/kit';
import { IMPORT_CODE_REVIEWS } from './review-settings-api.js';
import { useT } from './i18n.js';

const COLUMNS = ['external_id', 'reviewer_email', 'author_email', 'repository', 'pull_request', 'state', 'comments', 'submitted_at', 'url'];
const TEMPLATE = `${COLUMNS.join(',')}\ngh-981234,ada@example.com,grace@example.com,infra/trainer,4711,approved,3,2026-11-30T10:15:00Z,https://git.example.com/infra/trainer/pull/4711\n`;

export function CodeReviewImport({ onImported }: { onImported?(): void }) {
  const t = useT();
  const { can, request } = useCadre();
  if (!can('knowledge.reviews.import')) return null;
  return (
    <CsvImportButton id="code-reviews" label={t('knowledge.reviews.import')} title={t('knowledge.reviews.importTitle')} columns={COLUMNS} template={TEMPLATE} fileName="cadre-code-reviews.csv"
      importCsv={async (csv) => dataOrThrow(await request(IMPORT_CODE_REVIEWS, { csv })).importCodeReviews}
      describe={(r) => t('knowledge.reviews.importSkipped', { duplicates: r.duplicates })} onImported={onImported} />
  );
}
