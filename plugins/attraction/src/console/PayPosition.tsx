// Where one person's base sits: job family, level, band and market data, then compa-ratio, market
// percentile, range penetration and band position. Shared by the person page's tab and "My pay".
// Figures the API withholds from this viewer show as hidden, not as missing.
import { useCadre } from '@cadre/sdk/console';
import { formatPercent, HiddenTag, MoneyText } from '@cadre/sdk/console/kit';
import { Alert, Descriptions, Empty, Flex, Space, Statistic, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { AttractionPersonPositionFieldsFragment } from './gql/graphql.js';
import { ratio, shortMoney } from './format.js';
import { useT } from './i18n.js';

const POSITION_COLORS: Record<string, string> = { below: 'orange', within: 'green', above: 'red' };

export type Position = AttractionPersonPositionFieldsFragment;

export function PayPosition({ p, hidden, family, noFamily }: {
  p: Position;
  /** Whether the API withheld this field from the viewer. */
  hidden: (field: string) => boolean;
  /** The job family cell: the person page puts its editor here. */
  family: ReactNode;
  /** What to say when no job family is known. */
  noFamily: string;
}) {
  const t = useT();
  const { locale } = useCadre();
  const value = (field: 'compaRatio' | 'marketPercentile' | 'rangePenetration', text: (v: number) => string) =>
    hidden(field) ? <HiddenTag /> : p[field] === null || p[field] === undefined ? '—' : text(p[field]!);
  return (
    <Flex vertical gap={16} data-testid="person-pay">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('attraction.jobFamily')}>{family}</Descriptions.Item>
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
      ) : <Empty description={p.jobFamily ? t('attraction.pay.noBand') : noFamily} />}
      {!hidden('note') && p.note && <Alert type="info" showIcon title={p.note} />}
    </Flex>
  );
}

const SOURCE_COLORS: Record<string, string> = { mapped: 'blue', inferred: 'default', none: 'warning' };

/** The job family as read: its name and where it came from (set, inferred from the title, unknown). */
export function JobFamily({ p, children }: { p: Position; children?: ReactNode }) {
  const t = useT();
  return (
    <Space>
      <span data-testid="job-family">{p.jobFamily ?? '—'}</span>
      <Tag color={SOURCE_COLORS[p.jobFamilySource]} data-testid="job-family-source">{t(`attraction.pay.source.${p.jobFamilySource}`)}</Tag>
      {children}
    </Space>
  );
}
