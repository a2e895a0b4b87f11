import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, Page, useServerList } from '@cadre/sdk/console/kit';
import { Segmented } from 'antd';
import { OFFERS_PAGE } from './api.js';
import { OfferList } from './OfferList.js';
import type { Offer, OfferSortField } from './types.js';
import { useT } from './i18n.js';

const FILTERS = ['pending-approval', 'approved', 'accepted', 'all'] as const;
/** The status in the URL (pending approval when absent, everything for `all`). */
const statusOf = (value: string | undefined) => FILTERS.find((s) => s === value) ?? 'pending-approval';

/** Offers awaiting approval (and the rest): compa-ratio and market percentile side by side, paged, sorted and filtered on the server. */
export default function OffersPage() {
  const t = useT();
  const { request } = useCadre();
  const list = useServerList<Offer, 'status', OfferSortField>({
    key: 'AttractionOffersPage',
    filters: ['status'],
    sorts: ['CREATED_AT', 'UPDATED_AT', 'TITLE', 'STATUS'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const status = statusOf(filter.status);
      const result = await request(OFFERS_PAGE, { filter: status === 'all' ? null : { status }, sort, first, after });
      return { ...dataOrThrow(result).offersPage, errors: result.errors ?? [] };
    },
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const status = statusOf(list.filter.status);
  return (
    <Page title={t('attraction.offers.title')} loading={list.isLoading}
      extra={<Segmented value={status} onChange={(v) => list.update({ status: v === 'pending-approval' ? null : String(v) })} options={FILTERS.map((s) => ({ value: s, label: t(s === 'all' ? 'attraction.all' : `attraction.offerStatus.${s}`) }))} />}>
      <div data-testid="offers-table">
        <OfferList offers={list.nodes} errors={list.errors} path={['offersPage', 'nodes']} showCandidate paging={{ tableProps: list.tableProps, sortOrder: list.sortOrder, loading: list.isFetching }} />
      </div>
    </Page>
  );
}
