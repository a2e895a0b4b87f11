import { PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Button, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { CYCLES } from './api.js';
import { CycleActions } from './CycleActions.js';
import { CycleFormModal } from './CycleFormModal.js';
import type { ReviewCycle } from './types.js';
import { CycleStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

/** Review cycles: newest first, each with its progress and the next step of its life cycle. */
export default function CyclesPage() {
  const { can, navigate } = useCadre();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(CYCLES, {});
  if (error) return <LoadFailed error={error} retry={refetch} />;
  const canWrite = can('incentives.cycles.write');

  return (
    <Page
      title={t('incentives.cycles.title')}
      extra={canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('incentives.cycles.new')}</Button>}
    >
      <Table<ReviewCycle>
        rowKey="id"
        loading={isLoading}
        dataSource={data?.reviewCycles ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('incentives.cycle.name'), dataIndex: 'name', render: (name: string, c) => <NavLink to={`/incentives/cycles/${c.id}`}>{name}</NavLink> },
          { title: t('incentives.cycle.period'), width: 210, render: (_, c) => `${c.periodStart} – ${c.periodEnd}` },
          { title: t('incentives.status'), dataIndex: 'status', width: 120, render: (s: string) => <CycleStatusTag value={s} /> },
          { title: t('incentives.cycle.participants'), dataIndex: 'participantCount', width: 110, align: 'right' },
          {
            title: t('incentives.cycle.progress'), width: 220,
            render: (_, c) => c.progress.total
              ? <Progress aria-label={t('incentives.cycle.progress')} percent={Math.round((c.progress.submitted / c.progress.total) * 100)} size="small" format={() => `${c.progress.submitted}/${c.progress.total}`} />
              : <Typography.Text type="secondary">{t('incentives.cycle.notOpened')}</Typography.Text>,
          },
          {
            title: t('incentives.actions'), width: 300,
            render: (_, c) => (
              <Space wrap>
                {canWrite && <CycleActions cycle={c} size="small" />}
                {(c.status === 'calibrating' || c.status === 'finalised') && can('incentives.calibration.read') && (
                  <Button size="small" onClick={() => navigate(`/incentives/cycles/${c.id}/calibration`)}>{t('incentives.calibration.title')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CycleFormModal open={creating} onClose={() => setCreating(false)} onSaved={(id) => { setCreating(false); navigate(`/incentives/cycles/${id}`); }} />
    </Page>
  );
}
