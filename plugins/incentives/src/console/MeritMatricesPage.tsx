// Merit matrices (#17): the rounds of raises by band × position in the salary range, against a
// raise budget. Compensation administrators see every matrix, others only approved ones (the API
// decides, and withholds the budget from those without incentives.comp.read-all); holders of
// incentives.merit.write may start a new one.
import { PlusOutlined } from '@ant-design/icons';
import { hiddenPaths, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, MoneyText, NavLink, Page } from '@cadre/sdk/console/kit';
import { Button, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { MERIT_CYCLES, MERIT_MATRICES } from './merit-api.js';
import { MeritFormModal } from './MeritFormModal.js';
import { MeritStatusTag } from './StatusTags.js';
import type { MeritMatrix } from './types.js';
import { useT } from './i18n.js';

export default function MeritMatricesPage() {
  const { can, navigate } = useCadre();
  const t = useT();
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const { data, errors, error, isLoading, refetch } = useCadreQuery(MERIT_MATRICES, { cycleId });
  const cycles = useCadreQuery(MERIT_CYCLES, {});
  const mayWrite = can('incentives.merit.write');
  const rows = data?.meritMatrices ?? [];
  const cycleName = useMemo(() => new Map((cycles.data?.reviewCycles ?? []).map((c) => [c.id, c.name])), [cycles.data]);
  // A budget the viewer may not see comes back null with FORBIDDEN at meritMatrices.<i>.budget: a lock, not "none".
  const hidden = useMemo(() => new Set(hiddenPaths(errors, 'budget').map((p) => rows[Number(p.split('.')[1])]?.id)), [errors, rows]);
  if (error) return <LoadFailed error={error} retry={refetch} />;

  const columns: TableColumnsType<MeritMatrix> = [
    { title: t('incentives.merit.name'), dataIndex: 'name', render: (name: string, m) => <NavLink to={`/incentives/merit/${m.id}`} testId="merit-name">{name}</NavLink> },
    { title: t('incentives.cycle'), dataIndex: 'cycleId', render: (id: string) => <span data-testid="merit-cycle">{cycleName.get(id) ?? id}</span> },
    { title: t('incentives.status'), dataIndex: 'status', width: 120, render: (s: string) => <MeritStatusTag value={s} /> },
    {
      title: t('incentives.merit.budget'), dataIndex: 'budget', width: 160, align: 'right',
      render: (budget: number | null, m) => <MoneyText value={budget} currency={m.currency} hidden={hidden.has(m.id)} testId="merit-budget" />,
    },
    { title: t('incentives.merit.increases'), dataIndex: 'increaseCount', width: 110, align: 'right' },
  ];

  const extra = (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <Select allowClear placeholder={t('incentives.merit.anyCycle')} style={{ width: 220 }} value={cycleId ?? undefined} onChange={(v) => setCycleId(v ?? null)}
        showSearch={{ optionFilterProp: 'label' }} options={(cycles.data?.reviewCycles ?? []).map((c) => ({ value: c.id, label: c.name }))} aria-label={t('incentives.cycle')} data-testid="merit-cycle-filter" />
      {mayWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-merit">{t('incentives.merit.new')}</Button>}
    </span>
  );

  return (
    <Page title={t('incentives.merit.title')} extra={extra}>
      <Typography.Paragraph type="secondary">{t('incentives.merit.intro')}</Typography.Paragraph>
      <Table<MeritMatrix>
        rowKey="id" loading={isLoading} dataSource={rows} columns={columns} scroll={{ x: 760 }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('incentives.merit.none') }} data-testid="merit-table"
      />
      <MeritFormModal open={creating} onClose={() => setCreating(false)} onCreated={(m) => { setCreating(false); navigate(`/incentives/merit/${m.id}`); }} />
    </Page>
  );
}
