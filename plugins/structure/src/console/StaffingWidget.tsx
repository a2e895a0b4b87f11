// Dashboard widget: open projects below their minimum headcount, most important first.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { NavLink } from '@cadre/sdk/console/kit';
import { Button, Empty, Flex, List, Space, Statistic, Typography } from 'antd';
import { PROJECTS } from './api.js';
import { useT } from './i18n.js';
import { PriorityTag } from './StatusTags.js';

export default function StaffingWidget() {
  const t = useT();
  const { can, navigate } = useCadre();
  const { data, error } = useCadreQuery(PROJECTS, { filter: {} });
  if (error && !data) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  const open = (data?.projects ?? []).filter((p) => p.status !== 'CLOSED');
  const short = open.filter((p) => p.staffing === 'UNDERSTAFFED');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="structure-widget">
      <Statistic title={t('structure.widget.understaffed', { open: open.length })} value={short.length} />
      {short.length ? (
        <List
          size="small"
          dataSource={short.slice(0, 4)}
          renderItem={(p) => (
            <List.Item>
              <Flex gap={6} align="center" style={{ width: '100%', minWidth: 0 }}>
                <PriorityTag priority={p.priority} />
                <Typography.Text ellipsis={{ tooltip: p.name }} style={{ flex: 1, minWidth: 0 }}><NavLink to={`/structure/projects/${p.id}`}>{p.name}</NavLink></Typography.Text>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{t('structure.widget.headcount', { count: p.headcount, min: p.headcountMin })}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('structure.widget.allStaffed')} />}
      {can('structure.staffing.run') && <Button size="small" onClick={() => navigate('/structure/staffing')}>{t('structure.staffing.title')}</Button>}
    </Space>
  );
}
