import { formatMoney, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { errorText, Problems } from '@cadre/sdk/console/kit';
import { App, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { CREATE_SCENARIO, UPDATE_POOL } from './api.js';
import type { ModelParameters } from './model.js';
import type { BonusPool } from './types.js';
import { useT } from './i18n.js';

/** Sends the modelled parameters to the server (a new what-if scenario, or this draft pool); the server recomputes. */
export function SaveModelModal({ mode, pool, parameters, onClose }: { mode: 'scenario' | 'pool' | null; pool: BonusPool; parameters: ModelParameters; onClose(): void }) {
  const { locale, navigate } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [problems, setProblems] = useState<string[]>([]);
  const scenario = useCadreMutation(CREATE_SCENARIO);
  const update = useCadreMutation(UPDATE_POOL);
  const input = { amount: parameters.amount, thresholds: parameters.thresholds, coefficients: parameters.coefficients };

  const save = async (name?: string) => {
    setProblems([]);
    const result = mode === 'scenario'
      ? await scenario.mutate({ poolId: pool.scenarioOfId ?? pool.id, input: { ...input, name: name! } })
      : await update.mutate({ id: pool.id, input });
    const saved = result.data && ('createBonusScenario' in result.data ? result.data.createBonusScenario : result.data.updateBonusPool);
    if (saved) {
      void message.success(t('incentives.model.saved', { name: saved.name }));
      onClose();
      navigate(`/incentives/pools/${saved.id}`);
      return;
    }
    setProblems([errorText(result.errors) || t('incentives.error')]);
  };

  return (
    <Modal
      open={mode !== null}
      title={t(mode === 'scenario' ? 'incentives.model.saveScenario' : 'incentives.model.savePool')}
      onCancel={onClose}
      onOk={() => (mode === 'scenario' ? form.submit() : void save())}
      okText={t('incentives.save')}
      cancelText={t('incentives.cancel')}
      confirmLoading={scenario.isPending || update.isPending}
      destroyOnHidden
    >
      <Problems errors={problems} />
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('incentives.model.pool')}>{formatMoney(parameters.amount, pool.currency, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.thresholds')}>{parameters.thresholds.join(', ')}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.coefficients')}>{parameters.coefficients.join(', ')}</Descriptions.Item>
      </Descriptions>
      {mode === 'scenario' && (
        <Form form={form} layout="vertical" onFinish={(v) => void save(v.name)} initialValues={{ name: `${pool.name} · ${t('incentives.model.whatIf')}` }}>
          <Form.Item name="name" label={t('incentives.model.scenarioName')} rules={[{ required: true, message: t('incentives.form.required') }]}>
            <Input />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
