import { useCadre } from '@cadre/sdk/console';
import { Tag } from 'antd';

const COLORS: Record<string, string> = { active: 'green', leave: 'gold', terminated: 'default' };

export function StatusTag({ status }: { status: string }) {
  const { t } = useCadre();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`people.status.${status}`)}</Tag>;
}
