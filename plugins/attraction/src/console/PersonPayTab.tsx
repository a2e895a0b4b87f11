// The person page's "Pay position" tab: the job family their pay is compared in (set here, or
// inferred from the title), their band and market data for that family × level, and where their
// base sits. The pay figures come back withheld from viewers who may not see this person's pay.
import { EditOutlined } from '@ant-design/icons';
import { isHidden, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, useRun } from '@cadre/sdk/console/kit';
import { AutoComplete, Button, Space, Spin } from 'antd';
import { useState } from 'react';
import { JOB_FAMILIES, PERSON_POSITION, SET_JOB_FAMILY } from './api.js';
import { JobFamily, PayPosition } from './PayPosition.js';
import { useT } from './i18n.js';

export default function PersonPayTab({ personId }: { personId: string }) {
  const t = useT();
  const run = useRun();
  const { can } = useCadre();
  const { data, errors, error, isLoading, refetch } = useCadreQuery(PERSON_POSITION, { personId });
  const [editing, setEditing] = useState<string | null>(null);
  const families = useCadreQuery(JOB_FAMILIES, {}, { enabled: editing !== null });
  const set = useCadreMutation(SET_JOB_FAMILY, { invalidates: [['AttractionPersonPosition']] });
  if (isLoading) return <Spin />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const p = data.personCompPosition;
  const save = async (jobFamily: string | null) => {
    if (await run(set.mutate({ personId, jobFamily }), t('attraction.pay.familySaved'))) setEditing(null);
  };
  const family = editing !== null ? (
    <Space wrap>
      <AutoComplete aria-label={t('attraction.jobFamily')} style={{ width: 200 }} value={editing} onChange={setEditing} options={(families.data?.attractionJobFamilies ?? []).map((f) => ({ value: f }))} data-testid="job-family-input" />
      <Button type="primary" size="small" loading={set.isPending} disabled={!editing.trim()} onClick={() => void save(editing.trim())}>{t('attraction.save')}</Button>
      {p.jobFamilySource === 'mapped' && <Button size="small" onClick={() => void save(null)} data-testid="job-family-infer">{t('attraction.pay.infer')}</Button>}
      <Button size="small" type="text" onClick={() => setEditing(null)}>{t('attraction.cancel')}</Button>
    </Space>
  ) : (
    <JobFamily p={p}>
      {can('attraction.bands.write') && <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('attraction.pay.setFamily')} onClick={() => setEditing(p.jobFamily ?? '')} data-testid="edit-job-family" />}
    </JobFamily>
  );
  return <PayPosition p={p} hidden={(field) => isHidden(errors, ['personCompPosition', field])} family={family} noFamily={t('attraction.pay.noFamily')} />;
}
