import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useCadre } from '@cadre/sdk/console';
import { Alert, List, Typography } from 'antd';

interface Result {
  ok: boolean;
  steps: Array<{ step: string; ok: boolean; detail: string }>;
}

/** What the connection test found, step by step: the first failed step says what to fix. */
export function SsoTestResult({ result }: { result: Result }) {
  const { t } = useCadre();
  return (
    <Alert type={result.ok ? 'success' : 'error'} showIcon data-testid="sso-test-result" style={{ marginBottom: 16 }}
      title={result.ok ? t('sso.testOk') : t('sso.testFailed')}
      description={
        <List size="small" dataSource={result.steps} renderItem={(s) => (
          <List.Item>
            <Typography.Text>
              {s.ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />} <b>{t(`sso.step.${s.step}`)}</b>: {s.detail}
            </Typography.Text>
          </List.Item>
        )} />
      } />
  );
}
