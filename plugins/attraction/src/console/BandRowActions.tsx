import { useCadreMutation } from '@cadre/sdk/console';
import { useRun } from '@cadre/sdk/console/kit';
import { Button, Popconfirm, Space } from 'antd';
import { BAND_QUERIES, DELETE_BAND, DELETE_MARKET_RATE } from './api.js';
import type { CompBand, MarketRate } from './types.js';
import { useT } from './i18n.js';

/**
 * A level's writes: edit or add its band, type its market data, delete either (confirmed; the API
 * refuses to delete a band while requisitions hire against it). A level may have market data and no band.
 */
export function BandRowActions({ level, band, market, onEdit, onAddBand, onMarket }: { level: string; band: CompBand | null; market: MarketRate | null; onEdit(): void; onAddBand(): void; onMarket(): void }) {
  const t = useT();
  const run = useRun();
  const remove = useCadreMutation(DELETE_BAND, { invalidates: BAND_QUERIES });
  const removeMarket = useCadreMutation(DELETE_MARKET_RATE, { invalidates: BAND_QUERIES });
  return (
    <Space size={0}>
      {band
        ? <Button type="link" size="small" onClick={onEdit} data-testid={`edit-band-${level}`}>{t('attraction.edit')}</Button>
        : <Button type="link" size="small" onClick={onAddBand} data-testid={`add-band-${level}`}>{t('attraction.bands.add')}</Button>}
      <Button type="link" size="small" onClick={onMarket} data-testid={`edit-market-${level}`}>{t('attraction.market.one')}</Button>
      {market && (
        <Popconfirm title={t('attraction.market.deleteConfirm', { level })} okText={t('attraction.confirm')} cancelText={t('attraction.cancel')}
          onConfirm={() => run(removeMarket.mutate({ id: market.id }), t('attraction.market.deleted', { level }))}>
          <Button type="link" size="small" danger loading={removeMarket.isPending} data-testid={`delete-market-${level}`}>{t('attraction.market.delete')}</Button>
        </Popconfirm>
      )}
      {band && (
        <Popconfirm title={t('attraction.bands.deleteConfirm', { level })} okText={t('attraction.confirm')} cancelText={t('attraction.cancel')}
          onConfirm={() => run(remove.mutate({ id: band.id }), t('attraction.bands.deleted', { level }))}>
          <Button type="link" size="small" danger loading={remove.isPending} data-testid={`delete-band-${level}`}>{t('attraction.delete')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
