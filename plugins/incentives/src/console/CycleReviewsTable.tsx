// A cycle's reviews, paged, sorted and filtered on the server (a company-wide cycle holds tens of
// thousands), the reviewee, kind, status, order and page in the URL. The rows and who sees what are
// the API's (cycleReviewsPage): anonymous content comes without its author, small groups withheld.
// The reviewee's name is the core's, so the reviewee column has no sorter; the default order keeps
// each person's reviews together.
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, PersonSelect, Section, useServerList } from '@cadre/sdk/console/kit';
import { Flex, Select, Table, Tag } from 'antd';
import { CYCLE_REVIEWS_PAGE } from './api.js';
import type { Review, ReviewSortField } from './types.js';
import { score } from './numbers.js';
import { useT } from './i18n.js';

const KINDS = ['self', 'manager', 'peer', 'upward'] as const;
const STATUSES = ['pending', 'submitted', 'expired'] as const;
const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => (values as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

export function CycleReviewsTable({ cycleId }: { cycleId: string }) {
  const { request } = useCadre();
  const t = useT();
  const list = useServerList<Review, 'reviewee' | 'kind' | 'status', ReviewSortField>({
    key: `IncentivesCycleReviewsPage:${cycleId}`,
    filters: ['reviewee', 'kind', 'status'],
    sorts: ['REVIEWEE', 'KIND', 'STATUS'],
    defaultSort: { field: 'REVIEWEE', direction: 'ASC' },
    fetch: async ({ filter, sort, first, after }) => {
      const variables = { cycleId, filter: { revieweeId: filter.reviewee, kind: oneOf(KINDS, filter.kind), status: oneOf(STATUSES, filter.status) }, sort, first, after };
      return dataOrThrow(await request(CYCLE_REVIEWS_PAGE, variables)).cycleReviewsPage;
    },
  });
  const sorted = (field: ReviewSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });
  // On a shared link the picker knows the reviewee's name from the rows about them.
  const reviewee = list.filter.reviewee ? list.nodes.find((r) => r.revieweeId === list.filter.reviewee) : undefined;

  return (
    <Section title={t('incentives.cycle.reviews')}>
      {list.error && !list.data ? <LoadFailed error={list.error} retry={() => void list.refetch()} /> : (
        <>
          <Flex wrap gap={12} style={{ marginBottom: 12 }}>
            <PersonSelect placeholder={t('incentives.review.anyReviewee')} style={{ width: 240 }} testId="reviews-reviewee-filter"
              value={list.filter.reviewee ?? null} onChange={(v) => list.update({ reviewee: v })}
              known={reviewee ? [{ id: reviewee.revieweeId, name: reviewee.revieweeName }] : []} />
            <Select aria-label={t('incentives.review.kind')} placeholder={t('incentives.review.anyKind')} allowClear style={{ width: 150 }} data-testid="reviews-kind-filter"
              value={oneOf(KINDS, list.filter.kind)} onChange={(v) => list.update({ kind: v })}
              options={KINDS.map((k) => ({ value: k, label: t(`incentives.kind.${k}`) }))} />
            <Select aria-label={t('incentives.status')} placeholder={t('incentives.review.anyStatus')} allowClear style={{ width: 150 }} data-testid="reviews-status-filter"
              value={oneOf(STATUSES, list.filter.status)} onChange={(v) => list.update({ status: v })}
              options={STATUSES.map((s) => ({ value: s, label: t(`incentives.reviewStatus.${s}`) }))} />
          </Flex>
          <Table<Review>
            rowKey="id" size="small" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps} scroll={{ x: 860 }} data-testid="cycle-reviews"
            columns={[
              { title: t('incentives.review.reviewee'), dataIndex: 'revieweeName', width: 200 },
              { title: t('incentives.review.kind'), dataIndex: 'kind', width: 100, render: (k: string) => t(`incentives.kind.${k}`), ...sorted('KIND') },
              { title: t('incentives.assign.reviewer'), width: 200, render: (_, r) => r.reviewerName ?? <Tag>{t('incentives.review.anonymous')}</Tag> },
              {
                title: t('incentives.status'), dataIndex: 'status', width: 150, ...sorted('STATUS'),
                render: (s: string, r) => <><Tag>{t(`incentives.reviewStatus.${s}`)}</Tag>{r.overdue && <Tag color="error">{t('incentives.progress.overdue')}</Tag>}</>,
              },
              { title: t('incentives.review.due'), dataIndex: 'dueDate', width: 110, render: (d: string | null) => d ?? '—' },
              { title: t('incentives.score'), dataIndex: 'score', width: 100, align: 'right', render: (s: number | null, r) => (r.withheld ? <Tag>{t('incentives.review.withheld')}</Tag> : score(s)) },
            ]}
          />
        </>
      )}
    </Section>
  );
}
