import { useCadre } from '@cadre/sdk/console';
import { Tag } from 'antd';
import { STATE_COLORS, isJobState } from './job-state';

export function JobStateTag({ state }: { state: string }) {
  const { t } = useCadre();
  // A state this console does not know yet (a newer server) still shows, untranslated.
  if (!isJobState(state)) return <Tag>{state}</Tag>;
  return <Tag color={STATE_COLORS[state]} data-testid="job-state">{t(`jobs.state.${state}`)}</Tag>;
}
