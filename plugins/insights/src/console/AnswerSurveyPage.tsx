// Answering a survey: one control per question kind, required ones enforced; answers are stored
// apart from who gave them and shown only in groups of at least k (the page says so).
import { CheckCircleOutlined, LockOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { ANSWER, SURVEY_ONE } from './api.js';
import { useT } from './i18n.js';
import type { AnswerInput, Question } from './types.js';

const LIKERT = [1, 2, 3, 4, 5];
const ENPS = Array.from({ length: 11 }, (_, i) => i);

function QuestionField({ q }: { q: Question }) {
  const t = useT();
  const rules = q.required ? [{ required: true, message: t('insights.answer.required') }] : [];
  if (q.kind === 'LIKERT') {
    return (
      <Form.Item name={q.id} label={q.text} rules={rules} extra={t('insights.answer.likertHint')}>
        <Radio.Group optionType="button" options={LIKERT.map((v) => ({ value: v, label: t(`insights.likert.${v}`) }))} />
      </Form.Item>
    );
  }
  if (q.kind === 'ENPS') {
    return (
      <Form.Item name={q.id} label={q.text} rules={rules} extra={t('insights.answer.enpsHint')}>
        <Radio.Group optionType="button" options={ENPS.map((v) => ({ value: v, label: String(v) }))} />
      </Form.Item>
    );
  }
  if (q.kind === 'SINGLE') return <Form.Item name={q.id} label={q.text} rules={rules}><Radio.Group options={q.options.map((o, i) => ({ value: i, label: o }))} /></Form.Item>;
  if (q.kind === 'MULTIPLE') return <Form.Item name={q.id} label={q.text} rules={rules}><Checkbox.Group options={q.options.map((o, i) => ({ value: i, label: o }))} /></Form.Item>;
  return <Form.Item name={q.id} label={q.text}><Input.TextArea rows={3} maxLength={2000} showCount /></Form.Item>;
}

export default function AnswerSurveyPage({ params }: ConsolePageProps) {
  const t = useT();
  const id = params.id ?? '';
  const { data, error, isLoading, refetch } = useCadreQuery(SURVEY_ONE, { id });
  const answer = useCadreMutation(ANSWER);
  const [failure, setFailure] = useState<string | null>(null);
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const survey = data?.survey;
  if (!survey) return <Card loading={isLoading} />;
  const back = <NavLink to="/insights/my-surveys">{t('insights.answer.back')}</NavLink>;
  if (survey.answeredByMe) return <Result status="success" icon={<CheckCircleOutlined />} title={t('insights.answer.done')} subTitle={t('insights.answer.doneHint')} extra={back} data-testid="survey-answered" />;
  if (survey.status !== 'OPEN') return <Result status="info" title={t('insights.answer.closed')} extra={back} />;

  const submit = async (values: Record<string, unknown>) => {
    setFailure(null);
    const answers: AnswerInput[] = survey.questions.flatMap((q): AnswerInput[] => {
      const v = values[q.id];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) return [];
      if (q.kind === 'LIKERT' || q.kind === 'ENPS') return [{ questionId: q.id, score: v as number }];
      if (q.kind === 'SINGLE') return [{ questionId: q.id, choices: [v as number] }];
      if (q.kind === 'MULTIPLE') return [{ questionId: q.id, choices: v as number[] }];
      return [{ questionId: q.id, text: String(v) }];
    });
    const result = await answer.mutate({ surveyId: id, answers });
    if (result.errors?.length) setFailure(errorText(result.errors));
    else refetch();
  };

  return (
    <Page title={survey.title} extra={back}>
      <Alert type="info" showIcon icon={<LockOutlined />} style={{ marginBottom: 24 }} title={t('insights.answer.anonymous', { k: data.anonymityThreshold })} data-testid="anonymity-note" />
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={submit} data-testid="survey-form" requiredMark>
        {survey.questions.map((q) => <QuestionField key={q.id} q={q} />)}
        <Space>
          <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="submit-answers">{t('insights.answer.submit')}</Button>
          <Typography.Text type="secondary">{t('insights.answer.once')}</Typography.Text>
        </Space>
      </Form>
    </Page>
  );
}
