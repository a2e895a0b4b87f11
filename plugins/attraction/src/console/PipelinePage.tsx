import { PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { ExportButton, LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { REQUISITIONS } from './api.js';
import { CandidateFormModal } from './CandidateFormModal.js';
import { PipelineBoard } from './PipelineBoard.js';
import { useT } from './i18n.js';
import { ViewSwitch } from './ViewSwitch.js';

/** The pipeline board of one open requisition or of all of them. */
export default function PipelinePage() {
  const { can } = useCadre();
  const t = useT();
  const [requisition, setRequisition] = useState<string | null>(() => new URLSearchParams(window.location.search).get('requisition'));
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const reqs = useCadreQuery(REQUISITIONS, { filter: { status: 'open' } });

  return (
    <Page
      title={t('attraction.nav.pipeline')}
      extra={
        <Space wrap>
          <ViewSwitch value="board" />
          <Select style={{ width: 300 }} allowClear placeholder={t('attraction.pipeline.allRequisitions')} aria-label={t('attraction.req.one')} value={requisition ?? undefined}
            onChange={(v: string | undefined) => setRequisition(v ?? null)} loading={reqs.isLoading}
            options={(reqs.data?.requisitions ?? []).map((r) => ({ value: r.id, label: r.title }))} />
          <Input.Search allowClear placeholder={t('attraction.pipeline.search')} aria-label={t('attraction.pipeline.search')} onSearch={setSearch} style={{ width: 220 }} />
          <ExportButton id="attraction.candidates" variables={{ filter: { ...(requisition ? { requisitionId: requisition } : {}), ...(search ? { search } : {}) } }} />
          {can('attraction.candidates.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('attraction.candidate.add')}</Button>}
        </Space>
      }
    >
      {reqs.error && <LoadFailed compact error={reqs.error} retry={() => void reqs.refetch()} />}
      <PipelineBoard requisitionId={requisition} search={search} />
      <CandidateFormModal requisitionId={requisition} open={adding} onClose={() => setAdding(false)} />
    </Page>
  );
}
