import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Button, Segmented, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { CYCLES, MY_TASKS } from './api.js';
import type { Review } from './types.js';
import { score } from './numbers.js';
import { useT } from './i18n.js';

const STATUS_COLORS: Record<string, string> = { pending: 'processing', submitted: 'success', expired: 'default' };

/** The reviews I am asked to write, across cycles; pending ones open the review form. */
export default function ReviewTasksPage() {
  const { navigate } = useCadre();
  const t = useT();
  const [filter, setFilter] = useState<'pending' | 'all'>('pending');
  const tasks = useCadreQuery(MY_TASKS, {});
  const cycles = useCadreQuery(CYCLES, {});
  const cycleOf = useMemo(() => new Map((cycles.data?.reviewCycles ?? []).map((c) => [c.id, c])), [cycles.data]);
  if (tasks.error) return <LoadFailed error={tasks.error} retry={tasks.refetch} />;
  const rows = (tasks.data?.myReviewTasks ?? []).filter((r) => filter === 'all' || r.status === 'pending');

  return (
    <Page
      title={t('incentives.reviews.title')}
      extra={<Segmented value={filter} onChange={(v) => setFilter(v as 'pending' | 'all')} options={[{ value: 'pending', label: t('incentives.reviews.pending') }, { value: 'all', label: t('incentives.reviews.all') }]} />}
    >
      <Table<Review>
        rowKey="id"
        loading={tasks.isLoading}
        dataSource={rows}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('incentives.reviews.none') }}
        columns={[
          { title: t('incentives.review.reviewee'), dataIndex: 'revieweeName' },
          { title: t('incentives.review.kind'), dataIndex: 'kind', width: 110, render: (k: string, r) => <>{t(`incentives.kind.${k}`)}{r.anonymous && <Tag style={{ marginLeft: 6 }}>{t('incentives.review.anonymous')}</Tag>}</> },
          { title: t('incentives.cycle'), dataIndex: 'cycleId', render: (id: string) => cycleOf.get(id)?.name ?? '' },
          { title: t('incentives.review.due'), dataIndex: 'dueDate', width: 120, render: (d: string | null, r) => <span style={{ color: r.overdue ? '#cf1322' : undefined }}>{d ?? '—'}</span> },
          { title: t('incentives.status'), dataIndex: 'status', width: 110, render: (s: string) => <Tag color={STATUS_COLORS[s]}>{t(`incentives.reviewStatus.${s}`)}</Tag> },
          { title: t('incentives.score'), dataIndex: 'score', width: 80, align: 'right', render: score },
          {
            title: '', width: 130,
            render: (_, r) => r.status === 'pending' && cycleOf.get(r.cycleId)?.status === 'open'
              ? <Button size="small" type="primary" onClick={() => navigate(`/incentives/reviews/${r.id}`)}>{t('incentives.review.write')}</Button>
              : r.status === 'submitted' ? <Button size="small" onClick={() => navigate(`/incentives/reviews/${r.id}`)}>{t('incentives.view')}</Button> : null,
          },
        ]}
      />
    </Page>
  );
}
