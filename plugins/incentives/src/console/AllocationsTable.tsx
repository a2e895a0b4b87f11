// A pool's allocation, paged, sorted and filtered on the server (a 1 000-member pool shows 20 rows
// without reading the rest), the bound, band, order and page in the URL. Name and level are the
// core's and cannot be sorted on by the plugin's SQL, so those columns have no sorter. The export
// reads the same rows: the server's shown version, these filters, this order.
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { ExportButton, LoadFailed, MoneyText, Section, useServerList } from '@cadre/sdk/console/kit';
import { Flex, Select, Table } from 'antd';
import { ALLOCATIONS_PAGE } from './api.js';
import { BoundTag } from './StatusTags.js';
import type { Allocation, AllocationSortField } from './types.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

const BOUNDS = { floor: -1, free: 0, cap: 1 } as const;
type BoundKey = keyof typeof BOUNDS;
const boundOf = (v: string | undefined): BoundKey | undefined => (v && v in BOUNDS ? (v as BoundKey) : undefined);

/** Mounted per pool and version (`key`): its remembered cursors and cached pages belong to one version. */
export function AllocationsTable({ poolId, versionId, bandCount }: { poolId: string; versionId: string; bandCount: number }) {
  const { request } = useCadre();
  const t = useT();
  const bands = Array.from({ length: bandCount }, (_, i) => String(i + 1));
  const apiFilter = (filter: Partial<Record<'bound' | 'band', string>>) => {
    const bound = boundOf(filter.bound);
    return { bound: bound === undefined ? undefined : BOUNDS[bound], band: bands.includes(filter.band ?? '') ? Number(filter.band) : undefined };
  };
  const list = useServerList<Allocation, 'bound' | 'band', AllocationSortField>({
    key: `IncentivesAllocationsPage:${poolId}:${versionId}`,
    filters: ['bound', 'band'],
    sorts: ['AMOUNT', 'SCORE', 'WEIGHT', 'COEFFICIENT', 'BOUND'],
    defaultSort: { field: 'AMOUNT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      return dataOrThrow(await request(ALLOCATIONS_PAGE, { poolId, filter: apiFilter(filter), sort, first, after })).bonusAllocationsPage;
    },
  });
  const sorted = (field: AllocationSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  return (
    <Section title={t('incentives.pool.allocation')} extra={<ExportButton id="incentives.bonus-allocations" variables={{ poolId, filter: apiFilter(list.filter), sort: list.sort }} />}>
      {list.error && !list.data ? <LoadFailed error={list.error} retry={() => void list.refetch()} /> : (
        <>
          <Flex wrap gap={12} style={{ marginBottom: 12 }}>
            <Select aria-label={t('incentives.bound')} placeholder={t('incentives.allocation.anyBound')} allowClear style={{ width: 170 }} data-testid="allocation-bound-filter"
              value={boundOf(list.filter.bound)} onChange={(v) => list.update({ bound: v })}
              options={(Object.keys(BOUNDS) as BoundKey[]).map((b) => ({ value: b, label: t(`incentives.bound.${b === 'free' ? 'none' : b}`) }))} />
            <Select aria-label={t('incentives.band')} placeholder={t('incentives.allocation.anyBand')} allowClear style={{ width: 150 }} data-testid="allocation-band-filter"
              value={bands.includes(list.filter.band ?? '') ? list.filter.band : undefined} onChange={(v) => list.update({ band: v })}
              options={bands.map((b) => ({ value: b, label: t('incentives.allocation.bandN', { band: b }) }))} />
          </Flex>
          <Table<Allocation>
            rowKey="id" size="small" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps} scroll={{ x: 1000 }} data-testid="allocation-table"
            columns={[
              { title: t('incentives.person'), dataIndex: 'name', width: 190 },
              { title: t('incentives.level'), dataIndex: 'level', width: 70 },
              { title: t('incentives.score'), dataIndex: 'score', width: 90, align: 'right', render: score, ...sorted('SCORE') },
              { title: t('incentives.band'), dataIndex: 'band', width: 60, align: 'right', render: (b: number | null) => b ?? '—' },
              { title: 'ω', dataIndex: 'weight', width: 120, align: 'right', render: (w: number | null) => num(w), ...sorted('WEIGHT') },
              { title: 'c', dataIndex: 'coefficient', width: 70, align: 'right', render: (c: number | null) => num(c), ...sorted('COEFFICIENT') },
              { title: t('incentives.amount'), dataIndex: 'amount', width: 150, align: 'right', render: (a: number | null, r) => <MoneyText value={a} currency={r.currency} testId="allocation-amount" />, ...sorted('AMOUNT') },
              { title: t('incentives.bound'), dataIndex: 'bound', width: 100, render: (b: number | null) => <BoundTag bound={b} />, ...sorted('BOUND') },
              { title: t('incentives.delta'), dataIndex: 'delta', width: 130, align: 'right', render: (d: number | null, r) => <MoneyText value={d} currency={r.currency} /> },
            ]}
          />
        </>
      )}
    </Section>
  );
}
