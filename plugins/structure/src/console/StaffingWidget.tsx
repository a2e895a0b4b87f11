// Dashboard widget: open projects below their minimum headcount, most important first.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Button, Empty, List, Space, Statistic, Typography } from 'antd';
import { PROJECTS } from './api.js';
import { useT } from './i18n.js';
import { NavLink, PriorityTag } from './ui.js';

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
            <List.Item extra={<PriorityTag priority={p.priority} />}>
              <NavLink to={`/structure/projects/${p.id}`}>{p.name}</NavLink>
              <Typography.Text type="secondary"> {p.headcount}/{p.headcountMin}</Typography.Text>
            </List.Item>
          )}
        />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('structure.widget.allStaffed')} />}
      {can('structure.staffing.run') && <Button size="small" onClick={() => navigate('/structure/staffing')}>{t('structure.staffing.title')}</Button>}
    </Space>
  );
}
