import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Card, DatePicker, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditFilterInput, AuditLogQuery } from '../gql/graphql';
import { AuditLogDocument } from './documents';

type Entry = AuditLogQuery['auditLog']['nodes'][number];
interface FilterValues {
  actorEmail?: string;
  operation?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const PAGE = 50;
const OPERATIONS = ['login', 'createPerson', 'updatePerson', 'deletePerson', 'importPeople', 'createRole', 'updateRole', 'deleteRole', 'setSetting', 'createAccount', 'setAccountRoles', 'changePassword', 'logout'];

const pretty = (json: string | null | undefined) => {
  if (!json) return null;
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
};

export default function AuditPage() {
  const { request, t } = useCadre();
  const [filter, setFilter] = useState<AuditFilterInput>({});
  const query = useInfiniteQuery({
    queryKey: ['AuditLog', filter],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => dataOrThrow(await request(AuditLogDocument, { filter, first: PAGE, after: pageParam })).auditLog,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });
  const entries = query.data?.pages.flatMap((p) => p.nodes) ?? [];
  const total = query.data?.pages[0]?.totalCount ?? 0;

  const apply = (values: FilterValues) => {
    const [from, to] = values.range ?? [];
    setFilter({
      actorEmail: values.actorEmail?.trim() || undefined,
      operation: values.operation?.trim() || undefined,
      from: from ? from.toISOString() : undefined,
      to: to ? to.toISOString() : undefined,
    });
  };

  return (
    <Card title={t('nav.audit')}>
      <Form<FilterValues> layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item name="actorEmail" label={t('audit.actor')}><Input allowClear placeholder="hr@demo.local" style={{ width: 200 }} /></Form.Item>
        <Form.Item name="operation" label={t('audit.operation')}>
          <AutoComplete allowClear style={{ width: 180 }} options={OPERATIONS.map((o) => ({ value: o }))} showSearch={{ filterOption: (input, option) => !!option?.value.toLowerCase().includes(input.toLowerCase()) }} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}><DatePicker.RangePicker showTime allowEmpty={[true, true]} /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit">{t('audit.filter')}</Button></Form.Item>
      </Form>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<Entry>
        rowKey="id"
        size="middle"
        loading={query.isLoading}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 800 }}
        expandable={{
          rowExpandable: (e) => !!(e.before || e.after),
          expandedRowRender: (e) => (
            <Flex gap={24} wrap>
              {e.before && <div><Typography.Text strong>{t('audit.before')}</Typography.Text><pre style={{ margin: 0 }}>{pretty(e.before)}</pre></div>}
              {e.after && <div><Typography.Text strong>{t('audit.after')}</Typography.Text><pre style={{ margin: 0 }}>{pretty(e.after)}</pre></div>}
            </Flex>
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 190, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('audit.actor'), dataIndex: 'actorEmail', render: (v: string | null) => v ?? t('common.none') },
          { title: t('audit.operation'), dataIndex: 'operation', render: (op: string) => <Tag color="blue">{op}</Tag> },
          { title: t('audit.target'), key: 'target', render: (_: unknown, e) => (e.targetType ? `${e.targetType}${e.targetId ? ` ${e.targetId.slice(0, 8)}…` : ''}` : t('common.none')) },
        ]}
        footer={() => (
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary">{t('common.total', { count: total })}</Typography.Text>
            {query.hasNextPage && <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>{t('common.loadMore')}</Button>}
          </Flex>
        )}
      />
    </Card>
  );
}
