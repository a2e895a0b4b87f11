import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { useRun } from '@cadre/sdk/console/kit';
import { Button, Popconfirm } from 'antd';
import { CALIBRATE_CYCLE, FINALISE_CYCLE, OPEN_CYCLE } from './api.js';
import type { ReviewCycle } from './types.js';
import { useT } from './i18n.js';

/** The one next step of a cycle: open → start calibration → finalise. */
export function CycleActions({ cycle, size }: { cycle: ReviewCycle; size?: 'small' | 'middle' }) {
  const t = useT();
  const run = useRun();
  const open = useCadreMutation(OPEN_CYCLE);
  const calibrate = useCadreMutation(CALIBRATE_CYCLE);
  const finalise = useCadreMutation(FINALISE_CYCLE);
  const step = {
    draft: { label: 'incentives.cycle.open', confirm: 'incentives.cycle.openConfirm', mutation: open },
    open: { label: 'incentives.cycle.startCalibration', confirm: 'incentives.cycle.startCalibrationConfirm', mutation: calibrate },
    calibrating: { label: 'incentives.cycle.finalise', confirm: 'incentives.cycle.finaliseConfirm', mutation: finalise },
    finalised: null,
  }[cycle.status];
  if (!step) return null;
  return (
    <Popconfirm
      title={t(step.confirm, { name: cycle.name })}
      okText={t('incentives.confirm')}
      cancelText={t('incentives.cancel')}
      // Each step's mutation returns the cycle under its own field; nothing here reads it.
      onConfirm={() => run<unknown>(step.mutation.mutate({ id: cycle.id }), t('incentives.saved'))}
    >
      <Button size={size} type="primary" loading={step.mutation.isPending} data-testid="cycle-step">{t(step.label)}</Button>
    </Popconfirm>
  );
}
