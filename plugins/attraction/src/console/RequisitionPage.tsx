import { PlusOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, MoneyText, Page, PageLoading, Section } from '@cadre/sdk/console/kit';
import { Alert, Button, Descriptions, Tag } from 'antd';
import { useState } from 'react';
import { REQUISITION } from './api.js';
import { CandidateFormModal } from './CandidateFormModal.js';
import { familyLabel } from './labels.js';
import { PipelineBoard } from './PipelineBoard.js';
import { RequisitionActions } from './RequisitionActions.js';
import { RequisitionStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

/** One requisition: what it asks for, its band, its approval, and its pipeline. */
export default function RequisitionPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { can } = useCadre();
  const t = useT();
  const [adding, setAdding] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(REQUISITION, { id });
  if (isLoading) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const r = data.requisition;
  const b = r.band;

  return (
    <Page title={r.title} tags={<RequisitionStatusTag value={r.status} />} extra={<RequisitionActions req={r} />}>
      {r.status === 'draft' && r.missingForApproval.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="requisition-missing" title={t('attraction.req.missing', { fields: r.missingForApproval.map((f) => t(`attraction.req.field.${f}`)).join(t('attraction.listSeparator')) })} />
      )}
      {r.decisionNote && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={r.decisionNote} />}
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('attraction.req.team')}>{r.team || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.jobFamily')}>{familyLabel(t, r.jobFamily)} · {r.level ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.req.headcount')}>{r.hiredCount}/{r.headcount}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.req.hiringManager')}>{r.hiringManagerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.req.location')}>{r.location || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.bands.title')}>
          {b ? <><MoneyText value={b.minBase} currency={b.currency} /> – <MoneyText value={b.maxBase} currency={b.currency} /></> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('attraction.req.criteria')} span={3}>{r.interviewCriteria.map((c) => <Tag key={c}>{c}</Tag>)}</Descriptions.Item>
        {r.description ? <Descriptions.Item label={t('attraction.req.description')} span={3}>{r.description}</Descriptions.Item> : null}
      </Descriptions>
      <Section
        title={t('attraction.nav.pipeline')}
        extra={can('attraction.candidates.write') && r.status === 'open' && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('attraction.candidate.add')}</Button>}
      >
        <PipelineBoard requisitionId={r.id} />
      </Section>
      <CandidateFormModal requisitionId={r.id} open={adding} onClose={() => setAdding(false)} />
    </Page>
  );
}
