// The surveys you are asked: answer the open ones; answered ones say so.
import { FormOutlined } from '@ant-design/icons';
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Empty, List, Tag, Typography } from 'antd';
import { MY_SURVEYS } from './api.js';
import { useT } from './i18n.js';

export default function MySurveysPage() {
  const t = useT();
  const { data, error, isLoading, refetch } = useCadreQuery(MY_SURVEYS, {});
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const rows = data?.mySurveys ?? [];
  return (
    <Page icon={<FormOutlined />} title={t('insights.my.title')}>
      <Typography.Paragraph type="secondary">{t('insights.my.intro')}</Typography.Paragraph>
      <List
        loading={isLoading}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('insights.my.empty')} /> }}
        renderItem={(s) => (
          <List.Item data-testid="my-survey" extra={s.answeredByMe ? <Tag color="success">{t('insights.my.answered')}</Tag> : <Tag color="processing">{t('insights.my.awaiting')}</Tag>}>
            <List.Item.Meta
              title={<NavLink to={`/insights/my-surveys/${s.id}`} testId="my-survey-link">{s.title}</NavLink>}
              description={t('insights.my.meta', { questions: s.questions.length, closes: s.closesOn ?? '—' })}
            />
          </List.Item>
        )}
      />
    </Page>
  );
}
