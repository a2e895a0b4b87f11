import { useCadreMutation } from '@cadre/sdk/console';
import { useRun } from '@cadre/sdk/console/kit';
import { Button, Popconfirm, Space } from 'antd';
import { BAND_QUERIES, DELETE_BAND } from './api.js';
import type { CompBand } from './types.js';
import { useT } from './i18n.js';

/** A band row's writes: edit it, type its market data, delete it (confirmed; the API refuses while requisitions hire against it). */
export function BandRowActions({ band, onEdit, onMarket }: { band: CompBand; onEdit(): void; onMarket(): void }) {
  const t = useT();
  const run = useRun();
  const remove = useCadreMutation(DELETE_BAND, { invalidates: BAND_QUERIES });
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit} data-testid={`edit-band-${band.level}`}>{t('attraction.edit')}</Button>
      <Button type="link" size="small" onClick={onMarket} data-testid={`edit-market-${band.level}`}>{t('attraction.market.one')}</Button>
      <Popconfirm title={t('attraction.bands.deleteConfirm', { level: band.level })} okText={t('attraction.confirm')} cancelText={t('attraction.cancel')}
        onConfirm={() => run(remove.mutate({ id: band.id }), t('attraction.bands.deleted', { level: band.level }))}>
        <Button type="link" size="small" danger loading={remove.isPending} data-testid={`delete-band-${band.level}`}>{t('attraction.delete')}</Button>
      </Popconfirm>
    </Space>
  );
}
