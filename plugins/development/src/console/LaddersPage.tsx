// Career development paths: each ladder (individual contributor, management) with its levels
// from junior to senior and the skills each level expects, as a skills × levels matrix.
import { RiseOutlined } from '@ant-design/icons';
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed } from '@cadre/sdk/console/kit';
import { Card, Empty, Flex, Steps, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { LADDERS } from './api.js';
import { useT } from './i18n.js';
import type { CareerLadder } from './types.js';

const SHADES = ['#fafafa', '#e6f4ff', '#bae0ff', '#69b1ff', '#1677ff', '#003eb3'];

function LadderMatrix({ ladder }: { ladder: CareerLadder }) {
  const t = useT();
  const levels = [...ladder.levels].sort((a, b) => a.rank - b.rank);
  const skills = new Map<string, string>();
  for (const l of levels) for (const e of l.expectations) skills.set(e.skillId, e.skillName);
  const rows = [...skills].map(([skillId, skillName]) => ({ skillId, skillName, ...Object.fromEntries(levels.map((l) => [l.id, l.expectations.find((e) => e.skillId === skillId)?.level ?? 0])) }));
  return (
    <Flex vertical gap={16}>
      {ladder.description && <Typography.Paragraph type="secondary">{ladder.description}</Typography.Paragraph>}
      <Steps
        size="small"
        current={levels.length}
        items={levels.map((l) => ({ title: l.code, content: <Tooltip title={l.description}><Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.title}</Typography.Text></Tooltip> }))}
      />
      {rows.length ? (
        <Table
          rowKey="skillId"
          size="small"
          pagination={false}
          bordered
          data-testid="ladder-matrix"
          scroll={{ x: 200 + levels.length * 90 }}
          dataSource={rows}
          columns={[
            { title: t('development.ladders.skill'), dataIndex: 'skillName', fixed: 'left', width: 200 },
            ...levels.map((l) => ({
              title: <Tooltip title={l.title}>{l.code}</Tooltip>,
              dataIndex: l.id,
              width: 90,
              align: 'center' as const,
              onCell: (r: Record<string, unknown>) => ({ style: { background: SHADES[Number(r[l.id]) || 0], color: Number(r[l.id]) >= 4 ? '#fff' : undefined } }),
              render: (v: number) => (v ? v : '·'),
            })),
          ]}
        />
      ) : <Empty description={t('development.ladders.noExpectations')} />}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('development.ladders.legend')}</Typography.Text>
    </Flex>
  );
}

export default function LaddersPage() {
  const t = useT();
  const { data, error, isLoading, refetch } = useCadreQuery(LADDERS, {});
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const ladders = data?.careerLadders ?? [];
  return (
    <Card title={<Flex gap={8}><RiseOutlined />{t('development.ladders.title')}</Flex>} loading={isLoading && !data}>
      {ladders.length ? (
        <Tabs items={ladders.map((l) => ({ key: l.id, label: <span>{l.name} <Tag>{t(`development.track.${l.track}`)}</Tag></span>, children: <LadderMatrix ladder={l} /> }))} />
      ) : <Empty />}
    </Card>
  );
}
