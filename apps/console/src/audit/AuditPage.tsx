import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { Page, useServerList } from '@cadre/sdk/console/kit';
import { Alert, AutoComplete, Button, DatePicker, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AuditLogQuery } from '../gql/graphql';
import { AuditLogDocument } from './documents';

type Entry = AuditLogQuery['auditLog']['nodes'][number];
interface FilterValues {
  actorEmail?: string;
  operation?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

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
  // Newest first, paged on the server; the filters and the page are in the URL.
  const list = useServerList<Entry, 'actorEmail' | 'operation' | 'from' | 'to', 'AT'>({
    key: 'AuditLog',
    filters: ['actorEmail', 'operation', 'from', 'to'],
    sorts: ['AT'],
    defaultSort: { field: 'AT', direction: 'DESC' },
    fetch: async ({ filter, first, after }) => dataOrThrow(await request(AuditLogDocument, { filter, first, after })).auditLog,
  });
  const { filter } = list;

  const apply = (values: FilterValues) => {
    const [from, to] = values.range ?? [];
    list.update({
      actorEmail: values.actorEmail?.trim() || null,
      operation: values.operation?.trim() || null,
      from: from ? from.toISOString() : null,
      to: to ? to.toISOString() : null,
    });
  };
  const initial: FilterValues = {
    actorEmail: filter.actorEmail,
    operation: filter.operation,
    range: filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null,
  };

  return (
    <Page title={t('nav.audit')}>
      <Form<FilterValues> layout="inline" onFinish={apply} initialValues={initial} style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item name="actorEmail" label={t('audit.actor')}><Input allowClear placeholder="hr@demo.local" style={{ width: 200 }} /></Form.Item>
        <Form.Item name="operation" label={t('audit.operation')}>
          <AutoComplete allowClear style={{ width: 180 }} options={OPERATIONS.map((o) => ({ value: o }))} showSearch={{ filterOption: (input, option) => !!option?.value.toLowerCase().includes(input.toLowerCase()) }} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}><DatePicker.RangePicker showTime allowEmpty={[true, true]} /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit">{t('audit.filter')}</Button></Form.Item>
      </Form>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<Entry>
        rowKey="id"
        size="middle"
        data-testid="audit-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
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
      />
    </Page>
  );
}
