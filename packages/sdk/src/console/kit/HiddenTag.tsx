import { LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useCadre } from '../context.js';

/** A value the API withheld (null + FORBIDDEN on its path): a lock tag, never an empty cell. */
export function HiddenTag() {
  const { t } = useCadre();
  return (
    <Tooltip title={t('common.hiddenHint')}>
      <Tag icon={<LockOutlined />} data-testid="hidden-value">{t('common.hidden')}</Tag>
    </Tooltip>
  );
}
