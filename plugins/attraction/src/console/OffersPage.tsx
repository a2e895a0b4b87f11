import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed } from '@cadre/sdk/console/kit';
import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { OFFERS } from './api.js';
import { OfferList } from './OfferList.js';
import { useT } from './i18n.js';

const FILTERS = ['pending-approval', 'approved', 'accepted', 'all'] as const;

/** Offers awaiting approval (and the rest): compa-ratio and market percentile side by side. */
export default function OffersPage() {
  const t = useT();
  const [status, setStatus] = useState<string>('pending-approval');
  const { data, errors, error, isLoading, refetch } = useCadreQuery(OFFERS, { filter: status === 'all' ? null : { status } });
  if (error) return <LoadFailed error={error} retry={refetch} />;
  return (
    <Card title={t('attraction.offers.title')} loading={isLoading}
      extra={<Segmented value={status} onChange={(v) => setStatus(String(v))} options={FILTERS.map((s) => ({ value: s, label: t(s === 'all' ? 'attraction.all' : `attraction.offerStatus.${s}`) }))} />}>
      <OfferList offers={data?.offers ?? []} errors={errors} path={['offers']} showCandidate />
    </Card>
  );
}
