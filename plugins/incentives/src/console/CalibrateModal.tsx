import { setFormErrors, toFormErrors, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CALIBRATE_SCORE } from './api.js';
import type { CalibrationEntry } from './types.js';
import { score } from './numbers.js';
import { useT } from './i18n.js';

/** Change one person's score with a reason (audited); published pools get a new version. */
export function CalibrateModal({ cycleId, entry, onClose }: { cycleId: string; entry: CalibrationEntry | null; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ score: number; reason: string }>();
  const [other, setOther] = useState<string[]>([]);
  const calibrate = useCadreMutation(CALIBRATE_SCORE);

  useEffect(() => {
    if (entry) {
      form.setFieldsValue({ score: entry.finalScore ?? undefined, reason: '' });
      setOther([]);
    }
  }, [entry, form]);

  const submit = async (values: { score: number; reason: string }) => {
    if (!entry) return;
    const result = await calibrate.mutate({ input: { cycleId, personId: entry.personId, score: values.score, reason: values.reason } });
    if (result.data) {
      const versions = result.data.calibrateScore.newVersions.length;
      void message.success(versions ? t('incentives.calibration.doneWithVersions', { count: versions }) : t('incentives.calibration.done'));
      onClose();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, ['score', 'reason']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open={!!entry} title={t('incentives.calibration.calibrateWho', { name: entry?.name ?? '' })} onCancel={onClose} onOk={() => form.submit()}
      okText={t('incentives.save')} cancelText={t('incentives.cancel')} confirmLoading={calibrate.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('incentives.calibration.current', { score: score(entry?.finalScore) })}</Typography.Paragraph>
      <Problems errors={other} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="score" label={t('incentives.calibration.newScore')} rules={[{ required: true, message: t('incentives.form.required') }]}>
          <InputNumber min={1} max={5} step={0.1} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('incentives.calibration.reason')} rules={[{ required: true, message: t('incentives.form.required') }]}>
          <Input.TextArea rows={3} placeholder={t('incentives.calibration.reasonHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
