// Research outputs: publications and patents with their status, authors and the knowledge-base
// item they are written up in. Everyone records their own; research admins record and edit anyone's.
import { EditOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, PersonSelect } from '@cadre/sdk/console/kit';
import { App, Button, Flex, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { RESEARCH_OUTPUTS } from './api.js';
import { useT } from './i18n.js';
import { ResearchFormModal } from './ResearchFormModal.js';
import type { ResearchKind, ResearchOutput, ResearchStatus } from './types.js';

const STATUS_COLORS: Record<ResearchStatus, string> = {
  DRAFT: 'default', SUBMITTED: 'processing', ACCEPTED: 'cyan', PUBLISHED: 'success', FILED: 'processing', GRANTED: 'success', REJECTED: 'error',
};

/** The last ten years, newest first (a typed year would query every keystroke). */
const YEARS = Array.from({ length: 10 }, (_, i) => new Date().getFullYear() - i);

export function ResearchStatusTag({ status }: { status: ResearchStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]} data-testid="research-status">{t(`development.researchStatus.${status}`)}</Tag>;
}

export default function ResearchPage() {
  const t = useT();
  const { can } = useCadre();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ResearchKind | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ResearchOutput | 'new' | null>(null);
  const { data, error, isLoading, refetch } = useCadreQuery(RESEARCH_OUTPUTS, { kind, year, personId });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const rows = data?.researchOutputs ?? [];
  const count = (k: ResearchKind, done: ResearchStatus) => rows.filter((r) => r.kind === k && r.status === done).length;

  return (
    <Page
      icon={<ExperimentOutlined />}
      title={t('development.research.title')}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-research">{t('development.research.new')}</Button>}
    >
      <Flex wrap gap={32} style={{ marginBottom: 16 }}>
        <Statistic title={t('development.research.publications')} value={rows.filter((r) => r.kind === 'PUBLICATION').length} />
        <Statistic title={t('development.research.published')} value={count('PUBLICATION', 'PUBLISHED')} />
        <Statistic title={t('development.research.patents')} value={rows.filter((r) => r.kind === 'PATENT').length} />
        <Statistic title={t('development.research.granted')} value={count('PATENT', 'GRANTED')} />
      </Flex>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select aria-label={t('development.research.kind')} placeholder={t('development.research.kind')} allowClear style={{ width: 160 }} value={kind ?? undefined} onChange={(v) => setKind(v ?? null)}
          options={(['PUBLICATION', 'PATENT'] as const).map((k) => ({ value: k, label: t(`development.researchKind.${k}`) }))} data-testid="research-kind-filter" />
        <Select aria-label={t('development.research.year')} placeholder={t('development.research.year')} allowClear style={{ width: 120 }} value={year ?? undefined} onChange={(v) => setYear(v ?? null)}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))} />
        <PersonSelect value={personId} onChange={setPersonId} placeholder={t('development.research.author')} style={{ width: 260 }} />
      </Flex>
      <Table<ResearchOutput>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('development.research.empty') }}
        columns={[
          {
            title: t('development.research.output'), width: 340,
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
          { title: t('development.research.status'), width: 110, render: (_, r) => <ResearchStatusTag status={r.status} /> },
          { title: t('development.research.date'), width: 110, render: (_, r) => r.date ?? <Muted>—</Muted> },
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
          onSaved={(r) => { setEditing(null); void message.success(t('development.research.saved', { title: r.title })); }}
        />
      )}
    </Page>
  );
}
