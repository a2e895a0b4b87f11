// Research outputs: publications and patents with their status, authors and the knowledge-base
// item they are written up in. Everyone records their own; research admins record and edit anyone's.
// The list is paged, sorted and filtered on the server, its state in the URL (?kind, status, year,
// author, q, sort, page); the counts above it are the server's counts of the same filters.
import { EditOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, PersonSelect, useServerList } from '@cadre/sdk/console/kit';
import { App, Button, Flex, Input, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { RESEARCH_COUNTS, RESEARCH_PAGE } from './api.js';
import { useT } from './i18n.js';
import { ResearchFormModal } from './ResearchFormModal.js';
import type { ResearchKind, ResearchOutput, ResearchSortField, ResearchStatus } from './types.js';

const STATUS_COLORS: Record<ResearchStatus, string> = {
  DRAFT: 'default', SUBMITTED: 'processing', ACCEPTED: 'cyan', PUBLISHED: 'success', FILED: 'processing', GRANTED: 'success', REJECTED: 'error',
};

/** The last ten years, newest first (a typed year would query every keystroke). */
const YEARS = Array.from({ length: 10 }, (_, i) => new Date().getFullYear() - i);
const KINDS: readonly ResearchKind[] = ['PUBLICATION', 'PATENT'];
const STATUSES = Object.keys(STATUS_COLORS) as ResearchStatus[];
const kindOf = (v: string | undefined) => KINDS.find((k) => k === v);
const statusOf = (v: string | undefined) => STATUSES.find((s) => s === v);
const yearOf = (v: string | undefined) => YEARS.find((y) => String(y) === v);

export function ResearchStatusTag({ status }: { status: ResearchStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]} data-testid="research-status">{t(`development.researchStatus.${status}`)}</Tag>;
}

/** The URL's filters as the API's (unknown values dropped). */
function filterOf(f: Partial<Record<'kind' | 'status' | 'year' | 'author' | 'q', string>>) {
  return { kind: kindOf(f.kind) ?? null, status: statusOf(f.status) ?? null, year: yearOf(f.year) ?? null, personId: f.author ?? null, search: f.q ?? null };
}

export default function ResearchPage() {
  const t = useT();
  const { can, request } = useCadre();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ResearchOutput | 'new' | null>(null);
  const list = useServerList<ResearchOutput, 'kind' | 'status' | 'year' | 'author' | 'q', ResearchSortField>({
    key: 'DevelopmentResearchPage',
    filters: ['kind', 'status', 'year', 'author', 'q'],
    sorts: ['DATE', 'TITLE', 'KIND', 'STATUS', 'CREATED_AT'],
    defaultSort: { field: 'DATE', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(RESEARCH_PAGE, { filter: filterOf(filter), sort, first, after })).researchOutputsPage,
  });
  const base = filterOf(list.filter);
  // Each count keeps the listed filters; a kind or status filter that excludes it makes it 0.
  const countOf = (kind: ResearchKind, status: ResearchStatus | null) => ({ ...base, kind, status: status ?? base.status });
  const counts = useCadreQuery(RESEARCH_COUNTS, { publications: countOf('PUBLICATION', null), published: countOf('PUBLICATION', 'PUBLISHED'), patents: countOf('PATENT', null), granted: countOf('PATENT', 'GRANTED') });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const count = (name: 'publications' | 'published' | 'patents' | 'granted', kind: ResearchKind, status: ResearchStatus | null) =>
    (base.kind && base.kind !== kind) || (status && base.status && base.status !== status) ? 0 : counts.data?.[name].totalCount;
  const sorted = (field: ResearchSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  return (
    <Page
      icon={<ExperimentOutlined />}
      title={t('development.research.title')}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-research">{t('development.research.new')}</Button>}
    >
      <Flex wrap gap={32} style={{ marginBottom: 16 }} data-testid="research-counts">
        <Statistic title={t('development.research.publications')} value={count('publications', 'PUBLICATION', null) ?? '—'} />
        <Statistic title={t('development.research.published')} value={count('published', 'PUBLICATION', 'PUBLISHED') ?? '—'} />
        <Statistic title={t('development.research.patents')} value={count('patents', 'PATENT', null) ?? '—'} />
        <Statistic title={t('development.research.granted')} value={count('granted', 'PATENT', 'GRANTED') ?? '—'} />
      </Flex>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select aria-label={t('development.research.kind')} placeholder={t('development.research.kind')} allowClear style={{ width: 160 }} value={kindOf(list.filter.kind)} onChange={(v) => list.update({ kind: v ?? null })}
          options={KINDS.map((k) => ({ value: k, label: t(`development.researchKind.${k}`) }))} data-testid="research-kind-filter" />
        <Select aria-label={t('development.research.status')} placeholder={t('development.research.status')} allowClear style={{ width: 150 }} value={statusOf(list.filter.status)} onChange={(v) => list.update({ status: v ?? null })}
          options={STATUSES.map((st) => ({ value: st, label: t(`development.researchStatus.${st}`) }))} data-testid="research-status-filter" />
        <Select aria-label={t('development.research.year')} placeholder={t('development.research.year')} allowClear style={{ width: 120 }} value={yearOf(list.filter.year)} onChange={(v) => list.update({ year: v ?? null })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))} data-testid="research-year-filter" />
        <PersonSelect value={list.filter.author ?? null} onChange={(v) => list.update({ author: v })} placeholder={t('development.research.author')} style={{ width: 260 }} testId="research-author-filter" />
        <Input.Search key={list.filter.q ?? ''} allowClear defaultValue={list.filter.q} placeholder={t('development.research.search')} aria-label={t('development.research.search')} style={{ width: 240 }}
          data-testid="research-search" onSearch={(q) => list.update({ q: q.trim() || null })} />
      </Flex>
      <Table<ResearchOutput>
        rowKey="id"
        size="middle"
        data-testid="research-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('development.research.empty') }}
        columns={[
          {
            title: t('development.research.output'), width: 340, ...sorted('TITLE'),
            render: (_, r) => (
              <Flex vertical>
                <Space size={4} wrap>
                  <Tag>{t(`development.researchKind.${r.kind}`)}</Tag>
                  {r.url ? <a href={r.url} target="_blank" rel="noreferrer" data-testid="research-title">{r.title}</a> : <span data-testid="research-title">{r.title}</span>}
                </Space>
                {r.venue && <Muted>{r.venue}</Muted>}
              </Flex>
            ),
          },
          { title: t('development.research.status'), width: 120, ...sorted('STATUS'), render: (_, r) => <ResearchStatusTag status={r.status} /> },
          { title: t('development.research.date'), width: 110, ...sorted('DATE'), render: (_, r) => r.date ?? <Muted>—</Muted> },
          { title: t('development.research.authors'), width: 220, render: (_, r) => r.authors.map((a) => a.name).join(', ') },
          {
            title: t('development.research.knowledgeItem'), width: 200,
            render: (_, r) => (r.knowledgeItem ? <NavLink to={`/knowledge/items/${r.knowledgeItem.id}`}>{r.knowledgeItem.title}</NavLink> : <Muted>—</Muted>),
          },
          {
            title: '', width: 90, fixed: 'right',
            render: (_, r) => r.canEdit && <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid="edit-research">{t('development.edit')}</Button>,
          },
        ]}
      />
      {editing && (
        <ResearchFormModal
          output={editing === 'new' ? null : editing}
          canLinkItems={can('knowledge.items.read')}
          onClose={() => setEditing(null)}
          onSaved={(r) => { setEditing(null); void list.refetch(); void message.success(t('development.research.saved', { title: r.title })); }}
        />
      )}
    </Page>
  );
}
