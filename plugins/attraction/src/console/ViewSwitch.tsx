import { AppstoreOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useCadre } from '@cadre/sdk/console';
import { Segmented } from 'antd';
import { useT } from './i18n.js';

/** Switches between the candidates' pipeline board and their paged list. */
export function ViewSwitch({ value }: { value: 'board' | 'list' }) {
  const t = useT();
  const { navigate } = useCadre();
  return (
    <Segmented<'board' | 'list'> value={value} aria-label={t('attraction.candidates.view')} onChange={(v) => navigate(v === 'board' ? '/attraction/pipeline' : '/attraction/candidates')}
      options={[{ value: 'board', icon: <AppstoreOutlined />, label: t('attraction.candidates.board') }, { value: 'list', icon: <UnorderedListOutlined />, label: t('attraction.candidates.list') }]} />
  );
}
