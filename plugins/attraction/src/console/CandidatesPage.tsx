// Candidates as a list beside the pipeline board: paged, sorted and filtered on the server, with
// the filters, order and page in the URL (?requisition=…&stage=…&source=…&q=…&sort=NAME&page=2).
import { dataOrThrow, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { ExportButton, LoadFailed, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { Flex, Input, Select, Space, Table } from 'antd';
import { CANDIDATES_PAGE, EXITS, REQUISITIONS, SOURCES, STAGES } from './api.js';
import { day } from './format.js';
import { useT } from './i18n.js';
import { StageTag } from './StatusTags.js';
import type { Candidate, CandidateSortField } from './types.js';
import { ViewSwitch } from './ViewSwitch.js';

type Filter = 'requisition' | 'stage' | 'source' | 'q';
const STAGE_VALUES: readonly string[] = [...STAGES, ...EXITS];

/** The API's filter for the URL's (unknown stages and sources dropped). */
const apiFilter = (f: Partial<Record<Filter, string>>) => ({
  requisitionId: f.requisition || undefined,
  stage: STAGE_VALUES.includes(f.stage ?? '') ? f.stage : undefined,
  source: (SOURCES as readonly string[]).includes(f.source ?? '') ? f.source : undefined,
  search: f.q || undefined,
});

export default function CandidatesPage() {
  const t = useT();
  const { request } = useCadre();
  const reqs = useCadreQuery(REQUISITIONS, {});
  const list = useServerList<Candidate, Filter, CandidateSortField>({
    key: 'AttractionCandidatesPage',
    filters: ['requisition', 'stage', 'source', 'q'],
    sorts: ['CREATED_AT', 'UPDATED_AT', 'NAME', 'STAGE_ENTERED_AT'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(CANDIDATES_PAGE, { filter: apiFilter(filter), sort, first, after })).candidatesPage,
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const filter = apiFilter(list.filter);

  return (
    <Page
      title={t('attraction.nav.candidates')}
      extra={
        <Space wrap>
          <ViewSwitch value="list" />
          <ExportButton id="attraction.candidates" variables={{ filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) }} />
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Select style={{ width: 280 }} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('attraction.req.one')} aria-label={t('attraction.req.one')} value={filter.requisitionId}
          onChange={(v: string | undefined) => list.update({ requisition: v })} loading={reqs.isLoading} options={(reqs.data?.requisitions ?? []).map((r) => ({ value: r.id, label: r.title }))} />
        <Select style={{ width: 150 }} allowClear placeholder={t('attraction.candidate.stage')} aria-label={t('attraction.candidate.stage')} value={filter.stage}
          onChange={(v: string | undefined) => list.update({ stage: v })} options={STAGE_VALUES.map((s) => ({ value: s, label: t(`attraction.stage.${s}`) }))} />
        <Select style={{ width: 150 }} allowClear placeholder={t('attraction.candidate.source')} aria-label={t('attraction.candidate.source')} value={filter.source}
          onChange={(v: string | undefined) => list.update({ source: v })} options={SOURCES.map((s) => ({ value: s, label: t(`attraction.source.${s}`) }))} />
        <Input.Search key={list.filter.q ?? ''} allowClear defaultValue={list.filter.q} placeholder={t('attraction.pipeline.search')} aria-label={t('attraction.pipeline.search')} style={{ width: 240 }}
          onSearch={(q) => list.update({ q: q.trim() || null })} />
      </Flex>
      <Table<Candidate>
        rowKey="id" size="middle" data-testid="candidates-table" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps} scroll={{ x: 900 }}
        locale={{ emptyText: t('attraction.candidates.none') }}
        columns={[
          { title: t('attraction.candidate.name'), key: 'NAME', sorter: true, sortOrder: list.sortOrder('NAME'), dataIndex: 'name', width: 220, render: (n: string, c) => <NavLink to={`/attraction/candidates/${c.id}`}>{n}</NavLink> },
          { title: t('attraction.req.one'), dataIndex: 'requisitionTitle', width: 240, ellipsis: true },
          { title: t('attraction.candidate.stage'), dataIndex: 'stage', width: 120, render: (s: string) => <StageTag value={s} /> },
          { title: t('attraction.candidate.inStageSince'), key: 'STAGE_ENTERED_AT', sorter: true, sortOrder: list.sortOrder('STAGE_ENTERED_AT'), dataIndex: 'stageEnteredAt', width: 150, render: (v: string) => day(v) },
          { title: t('attraction.candidate.source'), dataIndex: 'source', width: 130, render: (s: string) => t(`attraction.source.${s}`) },
          { title: t('attraction.createdAt'), key: 'CREATED_AT', sorter: true, sortOrder: list.sortOrder('CREATED_AT'), dataIndex: 'createdAt', width: 130, render: (v: string) => day(v) },
        ]}
      />
    </Page>
  );
}
