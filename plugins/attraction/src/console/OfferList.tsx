import { isHidden, useCadre } from '@cadre/sdk/console';
import { formatPercent, HiddenTag, MoneyText, NavLink } from '@cadre/sdk/console/kit';
import { Table, Typography, type TableProps } from 'antd';
import type { GraphQLErrorEntry } from '@cadre/sdk/console';
import { OfferActions } from './OfferActions.js';
import type { Offer, OfferSortField } from './types.js';
import { OfferStatusTag } from './StatusTags.js';
import { day, ratio } from './format.js';
import { useT } from './i18n.js';

/** A server-paged list's table props and sort state (useServerList), for the offers page. */
export interface OfferPaging {
  tableProps: Pick<TableProps<Offer>, 'pagination' | 'onChange' | 'sortDirections'>;
  sortOrder(field: OfferSortField): 'ascend' | 'descend' | null;
  loading: boolean;
}

/**
 * Offers with their pay position and what they still need; `path` locates hidden values in `errors`.
 * With `paging` the title, status and created columns sort on the server.
 */
export function OfferList({ offers, errors = [], path = [], showCandidate = false, paging }: { offers: Offer[]; errors?: GraphQLErrorEntry[]; path?: Array<string | number>; showCandidate?: boolean; paging?: OfferPaging }) {
  const t = useT();
  const sortable = (field: OfferSortField) => (paging ? { key: field, sorter: true, sortOrder: paging.sortOrder(field) } : {});
  const hidden = (i: number, field: string) => isHidden(errors, [...path, i, field]);
  return (
    <Table<Offer>
      rowKey="id" size="small" dataSource={offers} pagination={false} {...paging?.tableProps} loading={paging?.loading} scroll={{ x: 1000 }} locale={{ emptyText: t('attraction.offers.none') }}
      columns={[
        ...(showCandidate ? [{ title: t('attraction.candidate.name'), dataIndex: 'candidateName', width: 170, render: (n: string, o: Offer) => <NavLink to={`/attraction/candidates/${o.candidateId}`}>{n}</NavLink> }] : []),
        { title: t('attraction.offer.title'), ...sortable('TITLE'), width: 220, render: (_, o) => <NavLink to={`/attraction/offers/${o.id}`}>{o.title} · {o.level} · v{o.version}</NavLink> },
        { title: t('attraction.offer.base'), width: 150, align: 'right', render: (_, o, i) => <MoneyText value={o.base} currency={o.currency} hidden={hidden(i, 'base')} /> },
        { title: t('attraction.compaRatio'), width: 100, align: 'right', render: (_, o, i) => (hidden(i, 'compaRatio') ? <HiddenTag /> : ratio(o.compaRatio)) },
        { title: t('attraction.marketPercentile'), width: 110, align: 'right', render: (_, o, i) => (hidden(i, 'marketPercentile') ? <HiddenTag /> : o.marketPercentile === null ? '—' : `P${Math.round(o.marketPercentile)}`) },
        { title: t('attraction.rangePenetration'), width: 110, align: 'right', render: (_, o, i) => (hidden(i, 'rangePenetration') ? <HiddenTag /> : formatPercent(o.rangePenetration)) },
        { title: t('attraction.status'), dataIndex: 'status', ...sortable('STATUS'), width: 130, render: (s: string) => <OfferStatusTag value={s} /> },
        ...(paging ? [{ title: t('attraction.createdAt'), dataIndex: 'createdAt', ...sortable('CREATED_AT'), width: 120, render: (v: string) => day(v) }] : []),
        {
          title: t('attraction.offer.missing'), width: 160,
          render: (_, o) => (o.missingApprovals.length ? <Typography.Text type="warning">{o.missingApprovals.map((k) => t(`attraction.approval.${k}`)).join(', ')}</Typography.Text> : '—'),
        },
        { title: t('attraction.actions'), width: 260, render: (_, o) => <OfferActions offer={o} size="small" /> },
      ]}
    />
  );
}
