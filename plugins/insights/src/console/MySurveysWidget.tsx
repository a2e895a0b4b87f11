// Dashboard widget: surveys awaiting your answer.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Button, Empty, List } from 'antd';
import { MY_SURVEYS } from './api.js';
import { useT } from './i18n.js';

export default function MySurveysWidget() {
  const t = useT();
  const { navigate } = useCadre();
  const { data } = useCadreQuery(MY_SURVEYS, {});
  const waiting = (data?.mySurveys ?? []).filter((s) => s.awaitingMyAnswer);
  if (data && !waiting.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.widget.none')} />;
  return (
    <div data-testid="insights-widget">
      <List
        size="small"
        dataSource={waiting}
        renderItem={(s) => <List.Item actions={[<Button key="go" size="small" type="primary" onClick={() => navigate(`/insights/my-surveys/${s.id}`)}>{t('insights.widget.answer')}</Button>]}>{s.title}</List.Item>}
      />
    </div>
  );
}
