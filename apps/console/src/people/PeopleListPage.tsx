import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { dataOrThrow, GraphQLRequestError, useCadre } from '@cadre/sdk/console';
import { ExportButton, Page, useServerList } from '@cadre/sdk/console/kit';
import { Alert, Button, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Money } from '../components/SensitiveValue';
import { StatusTag } from '../components/StatusTag';
import type { PeopleListQuery } from '../gql/graphql';
import { PeopleCursorDocument, PeopleListDocument } from './documents';

type Row = PeopleListQuery['people']['nodes'][number];

export default function PeopleListPage() {
  const { t, can, request } = useCadre();
  // Filters and page live in the URL; a page reached directly walks only the cursors before it.
  const list = useServerList<Row, 'search' | 'status' | 'track' | 'level', 'NAME'>({
    key: 'PeopleList',
    filters: ['search', 'status', 'track', 'level'],
    sorts: ['NAME'],
    defaultSort: { field: 'NAME', direction: 'ASC' },
    fetch: async ({ filter, first, after }) => {
      const result = await request(PeopleListDocument, { filter, first, after });
      if (!result.data) throw new GraphQLRequestError(result.errors);
      return { ...result.data.people, errors: result.errors ?? [] };
    },
    walk: async ({ filter, first, after }) => dataOrThrow(await request(PeopleCursorDocument, { filter, first, after })).people,
  });
  const { filter, update, errors } = list;
  const people = list.data;

  // Rows whose pay the API withheld (FORBIDDEN at people.nodes.<i>.compensation).
  const hidden = useMemo(() => {
    const ids = new Set<string>();
    for (const e of errors) {
      const path = e.path?.map(String) ?? [];
      if (e.extensions?.code === 'FORBIDDEN' && path[0] === 'people' && path[1] === 'nodes' && path[3] === 'compensation') {
        const row = people?.nodes[Number(path[2])];
        if (row) ids.add(row.id);
      }
    }
    return ids;
  }, [errors, people]);

  const options = (kind: 'status' | 'track', values: string[]) => values.map((v) => ({ value: v, label: t(`people.${kind}.${v}`) }));

  return (
    <Page
      title={t('nav.people')}
      extra={
        <Space>
          <ExportButton id="people.people" variables={{ filter }} />
          {can('people.import') && <Link to="/people/import"><Button icon={<UploadOutlined />}>{t('people.import')}</Button></Link>}
          {can('people.write') && <Link to="/people/new"><Button type="primary" icon={<PlusOutlined />}>{t('people.new')}</Button></Link>}
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          key={filter.search ?? ''}
          aria-label={t('common.search')}
          placeholder={t('people.searchPlaceholder')}
          defaultValue={filter.search ?? ''}
          allowClear
          onSearch={(search) => update({ search: search.trim() })}
          style={{ width: 280 }}
        />
        <Select aria-label={t('people.status')} placeholder={t('people.status')} allowClear value={filter.status ?? undefined} style={{ width: 150 }}
          options={options('status', ['active', 'leave', 'terminated'])} onChange={(status) => update({ status })} />
        <Select aria-label={t('people.track')} placeholder={t('people.track')} allowClear value={filter.track ?? undefined} style={{ width: 190 }}
          options={options('track', ['ic', 'management'])} onChange={(track) => update({ track })} />
        <Input aria-label={t('people.level')} placeholder={t('people.level')} allowClear defaultValue={filter.level ?? ''} key={`level:${filter.level ?? ''}`} style={{ width: 110 }}
          onPressEnter={(e) => update({ level: e.currentTarget.value.trim() })} onClear={() => update({ level: undefined })} />
      </Flex>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.nodes}
        scroll={{ x: 960 }}
        {...list.tableProps}
        columns={[
          {
            title: t('people.name'), dataIndex: 'name', fixed: 'left', width: 240,
            render: (name: string, row) => (
              <Flex vertical>
                <Link to={`/people/${row.id}`}>{name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.email}</Typography.Text>
              </Flex>
            ),
          },
          { title: t('people.title'), dataIndex: 'title', ellipsis: true },
          { title: t('people.level'), dataIndex: 'level', width: 80 },
          { title: t('people.track'), dataIndex: 'track', width: 170, render: (v: string) => t(`people.track.${v}`) },
          { title: t('people.status'), dataIndex: 'status', width: 100, render: (v: string) => <StatusTag status={v} /> },
          { title: t('people.location'), dataIndex: 'location', width: 110 },
          {
            title: t('people.compensation'), dataIndex: 'compensation', width: 170, align: 'right',
            render: (value: Row['compensation'], row) => <Money value={value} hidden={hidden.has(row.id)} />,
          },
        ]}
      />
    </Page>
  );
}
