import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { usePreferences } from '../preferences/usePreferences';

/** The 403 and 404 pages: antd's Result with its illustration, loaded only when one is shown. */
export default function StatusResult({ status }: { status: '403' | '404' }) {
  const { t } = usePreferences();
  const text = status === '403' ? t('common.forbidden') : t('common.notFound');
  return <Result status={status} title={status} subTitle={text} extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>} />;
}
