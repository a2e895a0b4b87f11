// The person page's "Pay position" tab: the job family their pay is compared in (set here, or
// inferred from the title), their band and market data for that family × level, and where their
// base sits: compa-ratio, market percentile, range penetration. The pay figures come back withheld
// from viewers who may not see this person's pay, and show as hidden, not as missing.
import { EditOutlined } from '@ant-design/icons';
import { isHidden, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { formatPercent, HiddenTag, LoadFailed, MoneyText, useRun } from '@cadre/sdk/console/kit';
import { Alert, AutoComplete, Button, Descriptions, Empty, Flex, Space, Spin, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { JOB_FAMILIES, PERSON_POSITION, SET_JOB_FAMILY } from './api.js';
import { ratio, shortMoney } from './format.js';
import { useT } from './i18n.js';

const POSITION_COLORS: Record<string, string> = { below: 'orange', within: 'green', above: 'red' };
const SOURCE_COLORS: Record<string, string> = { mapped: 'blue', inferred: 'default', none: 'warning' };

export default function PersonPayTab({ personId }: { personId: string }) {
  const t = useT();
  const run = useRun();
  const { can, locale } = useCadre();
  const { data, errors, error, isLoading, refetch } = useCadreQuery(PERSON_POSITION, { personId });
  const [editing, setEditing] = useState<string | null>(null);
  const families = useCadreQuery(JOB_FAMILIES, {}, { enabled: editing !== null });
  const set = useCadreMutation(SET_JOB_FAMILY, { invalidates: [['AttractionPersonPosition']] });
  if (isLoading) return <Spin />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const p = data.personCompPosition;
  const hidden = (field: string) => isHidden(errors, ['personCompPosition', field]);
  const value = (field: 'compaRatio' | 'marketPercentile' | 'rangePenetration', text: (v: number) => string) =>
    hidden(field) ? <HiddenTag /> : p[field] === null ? '—' : text(p[field]!);
  const save = async (jobFamily: string | null) => {
    if (await run(set.mutate({ personId, jobFamily }), t('attraction.pay.familySaved'))) setEditing(null);
  };

  return (
    <Flex vertical gap={16} data-testid="person-pay">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('attraction.jobFamily')}>
          {editing !== null ? (
            <Space wrap>
              <AutoComplete aria-label={t('attraction.jobFamily')} style={{ width: 200 }} value={editing} onChange={setEditing} options={(families.data?.attractionJobFamilies ?? []).map((f) => ({ value: f }))} data-testid="job-family-input" />
              <Button type="primary" size="small" loading={set.isPending} disabled={!editing.trim()} onClick={() => void save(editing.trim())}>{t('attraction.save')}</Button>
              {p.jobFamilySource === 'mapped' && <Button size="small" onClick={() => void save(null)} data-testid="job-family-infer">{t('attraction.pay.infer')}</Button>}
              <Button size="small" type="text" onClick={() => setEditing(null)}>{t('attraction.cancel')}</Button>
            </Space>
          ) : (
            <Space>
              <span data-testid="job-family">{p.jobFamily ?? '—'}</span>
              <Tag color={SOURCE_COLORS[p.jobFamilySource]} data-testid="job-family-source">{t(`attraction.pay.source.${p.jobFamilySource}`)}</Tag>
              {can('attraction.bands.write') && <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('attraction.pay.setFamily')} onClick={() => setEditing(p.jobFamily ?? '')} data-testid="edit-job-family" />}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('attraction.level')}>{p.level || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.pay.base')}>{hidden('base') ? <HiddenTag /> : <MoneyText value={p.base} currency={p.currency ?? p.band?.currency ?? 'CNY'} testId="pay-base" />}</Descriptions.Item>
        <Descriptions.Item label={t('attraction.bands.range')}>
          {p.band ? <span data-testid="pay-band"><MoneyText value={p.band.minBase} currency={p.band.currency} /> – <MoneyText value={p.band.maxBase} currency={p.band.currency} /></span> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('attraction.market.one')} span={2}>
          {p.market ? `${(['p25', 'p50', 'p75', 'p90'] as const).map((k) => `${k.toUpperCase()} ${shortMoney(p.market![k], p.market!.currency, locale)}`).join(' · ')} (${p.market.source}${p.market.asOf ? `, ${p.market.asOf}` : ''})` : '—'}
        </Descriptions.Item>
      </Descriptions>
      {p.band || p.market ? (
        <Space size="large" wrap>
          <Statistic title={t('attraction.compaRatio')} value={' '} formatter={() => value('compaRatio', ratio)} data-testid="pay-compa" />
          <Statistic title={t('attraction.marketPercentile')} value={' '} formatter={() => value('marketPercentile', (v) => `P${Math.round(v)}`)} data-testid="pay-percentile" />
          <Statistic title={t('attraction.rangePenetration')} value={' '} formatter={() => value('rangePenetration', (v) => formatPercent(v))} />
          <Statistic title={t('attraction.bandPosition')} value={' '} formatter={() => (hidden('bandPosition') ? <HiddenTag /> : p.bandPosition ? <Tag color={POSITION_COLORS[p.bandPosition]} data-testid="pay-band-position">{t(`attraction.bandPos.${p.bandPosition}`)}</Tag> : '—')} />
        </Space>
      ) : <Empty description={t(p.jobFamily ? 'attraction.pay.noBand' : 'attraction.pay.noFamily')} />}
      {!hidden('note') && p.note && <Alert type="info" showIcon title={p.note} />}
    </Flex>
  );
}
