import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { isHidden, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Page, PageLoading } from '@cadre/sdk/console/kit';
import { App, Button, Descriptions, Empty, List, Popconfirm, Result, Space, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Money } from '../components/SensitiveValue';
import { StatusTag } from '../components/StatusTag';
import { visibleSlots } from '../shell/compose';
import { LazyPart } from '../shell/LazyPart';
import { useAccess, useShell } from '../shell/useShell';
import { DeletePersonDocument, PersonDocument } from './documents';

export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t, can } = useCadre();
  const { registry } = useShell();
  const access = useAccess();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { data, errors, error, isLoading, refetch } = useCadreQuery(PersonDocument, { id });
  const remove = useCadreMutation(DeletePersonDocument);

  if (isLoading) return <PageLoading />;
  if (error || !data) return <Result status="warning" title={t('common.error')} subTitle={error?.message} extra={<Button onClick={refetch}>{t('common.retry')}</Button>} />;
  const person = data.person;
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const onDelete = async () => {
    const result = await remove.mutate({ id });
    if (result.data?.deletePerson) {
      void message.success(t('people.deleted', { name: person.name }));
      void navigate('/people');
    } else void message.error(result.errors[0]?.message ?? t('common.error'));
  };

  const overview = (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
      <Descriptions.Item label={t('people.email')}>{person.email}</Descriptions.Item>
      <Descriptions.Item label={t('people.title')}>{person.title || none}</Descriptions.Item>
      <Descriptions.Item label={t('people.level')}>{person.level || none}</Descriptions.Item>
      <Descriptions.Item label={t('people.track')}>{t(`people.track.${person.track}`)}</Descriptions.Item>
      <Descriptions.Item label={t('people.status')}><StatusTag status={person.status} /></Descriptions.Item>
      <Descriptions.Item label={t('people.location')}>{person.location || none}</Descriptions.Item>
      <Descriptions.Item label={t('people.hireDate')}>{person.hireDate ?? none}</Descriptions.Item>
      {person.leaveDate && <Descriptions.Item label={t('people.leaveDate')}>{person.leaveDate}</Descriptions.Item>}
      {person.leaveDate && person.departure && (
        <Descriptions.Item label={t('people.departure')}>
          {[person.departure.type && t(`people.leaveType.${person.departure.type}`), person.departure.regretted && t('people.regretted'), person.departure.reason].filter(Boolean).join(' · ') || none}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('people.manager')}>{person.manager ? <Link to={`/people/${person.manager.id}`}>{person.manager.name}</Link> : none}</Descriptions.Item>
      <Descriptions.Item label={t('people.compensation')}>
        <Money value={person.compensation} hidden={isHidden(errors, ['person', 'compensation'])} />
      </Descriptions.Item>
    </Descriptions>
  );

  const reports = person.reports.length ? (
    <List
      dataSource={person.reports}
      renderItem={(r) => (
        <List.Item extra={<StatusTag status={r.status} />}>
          <List.Item.Meta title={<Link to={`/people/${r.id}`}>{r.name}</Link>} description={`${r.title} · ${r.level}`} />
        </List.Item>
      )}
    />
  ) : <Empty description={t('people.noReports')} />;

  const pluginTabs = visibleSlots(registry, access, 'person.tabs').map((slot) => ({
    key: slot.id,
    label: t(slot.title),
    children: <LazyPart load={slot.load} props={{ personId: person.id }} compact />,
  }));

  return (
    <Page
      title={<span>{person.name}</span>}
      tags={<StatusTag status={person.status} />}
      extra={
        <Space>
          {can('people.write') && <Link to={`/people/${person.id}/edit`}><Button icon={<EditOutlined />}>{t('common.edit')}</Button></Link>}
          {can('people.delete') && (
            <Popconfirm title={t('common.confirmDelete', { name: person.name })} onConfirm={() => void onDelete()} okButtonProps={{ danger: true }}>
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>{t('common.delete')}</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={params.get('tab') ?? 'overview'}
        onChange={(tab) => setParams(tab === 'overview' ? {} : { tab }, { replace: true })}
        items={[
          { key: 'overview', label: t('people.overview'), children: overview },
          { key: 'reports', label: `${t('people.reports')} (${person.reports.length})`, children: reports },
          ...pluginTabs,
        ]}
      />
    </Page>
  );
}
