import { PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Problems, Section } from '@cadre/sdk/console/kit';
import { Button, Card, Form, Input, Modal, Rate, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ADD_SCORECARD, REQUISITION } from './api.js';
import type { CandidateDetail } from './types.js';
import { useT } from './i18n.js';

const RECOMMENDATIONS = ['strong-yes', 'yes', 'no', 'strong-no'] as const;
const REC_COLORS: Record<string, string> = { 'strong-yes': 'green', yes: 'lime', no: 'orange', 'strong-no': 'red' };

interface Values { round: string; recommendation: string; summary?: string; ratings: Record<string, { score?: number; comment?: string }> }

/** Interview scorecards: one per round and interviewer, rating the requisition's criteria 1–4. */
export function Scorecards({ candidate }: { candidate: CandidateDetail }) {
  const { can } = useCadre();
  const t = useT();
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const [form] = Form.useForm<Values>();
  const req = useCadreQuery(REQUISITION, { id: candidate.requisitionId });
  const add = useCadreMutation(ADD_SCORECARD);
  const criteria = req.data?.requisition.interviewCriteria ?? [];

  const submit = async (v: Values) => {
    setOther([]);
    const result = await add.mutate({
      input: { candidateId: candidate.id, round: v.round, recommendation: v.recommendation, summary: v.summary ?? '', ratings: criteria.map((c) => ({ criterion: c, score: v.ratings?.[c]?.score ?? 0, comment: v.ratings?.[c]?.comment ?? '' })) },
    });
    if (result.data) {
      form.resetFields();
      setOpen(false);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, ['round', 'recommendation', 'summary']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Section title={t('attraction.scorecards.title')} extra={can('attraction.scorecards.write') && <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>{t('attraction.scorecards.add')}</Button>}>
      {candidate.scorecards.length === 0 && <Typography.Text type="secondary">{t('attraction.scorecards.none')}</Typography.Text>}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {candidate.scorecards.map((s) => (
          <Card key={s.id} size="small" title={<Space>{s.round}<Typography.Text type="secondary">{s.interviewerName ?? '—'}</Typography.Text></Space>}
            extra={<Space><Tag color={REC_COLORS[s.recommendation]}>{t(`attraction.rec.${s.recommendation}`)}</Tag><Typography.Text strong>{s.averageScore.toFixed(2)}</Typography.Text></Space>}>
            {s.ratings.map((r) => (
              <div key={r.criterion} style={{ display: 'flex', gap: 12, alignItems: 'baseline' }}>
                <Typography.Text style={{ width: 180, flex: 'none' }}>{r.criterion}</Typography.Text>
                <Rate disabled count={4} value={r.score} style={{ fontSize: 14 }} />
                {r.comment && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.comment}</Typography.Text>}
              </div>
            ))}
            {s.summary && <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>{s.summary}</Typography.Paragraph>}
          </Card>
        ))}
      </Space>
      <Modal open={open} title={t('attraction.scorecards.add')} width={640} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('attraction.save')} cancelText={t('attraction.cancel')}
        confirmLoading={add.isPending} destroyOnHidden>
        <Problems errors={other} />
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ recommendation: 'yes' }}>
          <Space wrap>
            <Form.Item name="round" label={t('attraction.scorecards.round')} rules={[{ required: true, message: t('attraction.required') }]}><Input placeholder="Technical 1" style={{ width: 260 }} /></Form.Item>
            <Form.Item name="recommendation" label={t('attraction.scorecards.recommendation')}>
              <Select style={{ width: 200 }} options={RECOMMENDATIONS.map((r) => ({ value: r, label: t(`attraction.rec.${r}`) }))} />
            </Form.Item>
          </Space>
          {criteria.map((c) => (
            <Form.Item key={c} label={c} required style={{ marginBottom: 8 }}>
              <Space align="baseline">
                <Form.Item name={['ratings', c, 'score']} noStyle rules={[{ required: true, message: t('attraction.required') }]}><Rate count={4} aria-label={c} /></Form.Item>
                <Form.Item name={['ratings', c, 'comment']} noStyle><Input size="small" placeholder={t('attraction.scorecards.comment')} style={{ width: 280 }} /></Form.Item>
              </Space>
            </Form.Item>
          ))}
          <Form.Item name="summary" label={t('attraction.scorecards.summary')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
    </Section>
  );
}
