import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Button, Empty, Flex, Progress, Skeleton, Space, Typography } from 'antd';
import { CYCLES } from './api.js';
import { CycleStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

/** Dashboard: the current review cycle (open or calibrating, else the newest) and its progress per review kind. */
export default function CycleProgressWidget() {
  const { navigate } = useCadre();
  const t = useT();
  const { data, isLoading, error } = useCadreQuery(CYCLES, {});
  if (isLoading) return <Skeleton active />;
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  const cycles = data?.reviewCycles ?? [];
  const cycle = cycles.find((c) => c.status === 'open' || c.status === 'calibrating') ?? cycles[0];
  if (!cycle) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incentives.cycles.none')} />;
  const p = cycle.progress;
  const pct = (n: number, d: number) => (d ? Math.round((n / d) * 100) : 0);
  return (
    <Flex vertical gap={8} data-testid="cycle-progress-widget">
      <Space>
        <Button type="link" style={{ padding: 0 }} onClick={() => navigate(`/incentives/cycles/${cycle.id}`)}>{cycle.name}</Button>
        <CycleStatusTag value={cycle.status} />
      </Space>
      <Progress aria-label={cycle.name} percent={pct(p.submitted, p.total)} format={() => `${p.submitted}/${p.total}`} />
      {p.byKind.map((k) => (
        <Flex key={k.kind} align="center" gap={8}>
          <Typography.Text type="secondary" style={{ width: 72, flex: 'none' }}>{t(`incentives.kind.${k.kind}`)}</Typography.Text>
          <Progress aria-label={t(`incentives.kind.${k.kind}`)} size="small" percent={pct(k.submitted, k.total)} format={() => `${k.submitted}/${k.total}`} />
        </Flex>
      ))}
    </Flex>
  );
}
