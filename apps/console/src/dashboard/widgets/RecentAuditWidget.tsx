import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { RecentAuditDocument } from './documents';
import { WidgetState } from './WidgetState';

export default function RecentAuditWidget() {
  const { t } = useCadre();
  const { data, error, isLoading, refetch } = useCadreQuery(RecentAuditDocument, {});
  const rows = data?.auditLog.nodes ?? [];
  return (
    <WidgetState isLoading={isLoading} error={error} empty={rows.length === 0} retry={refetch}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 180, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('audit.actor'), dataIndex: 'actorEmail', render: (v: string | null) => v ?? t('common.none') },
          { title: t('audit.operation'), dataIndex: 'operation', render: (op: string) => <Tag>{op}</Tag> },
          { title: t('audit.target'), dataIndex: 'targetType', render: (v: string | null) => v ?? t('common.none') },
        ]}
        footer={() => <Link to="/audit">{t('nav.audit')} →</Link>}
      />
    </WidgetState>
  );
}
