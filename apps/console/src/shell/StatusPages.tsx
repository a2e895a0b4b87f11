import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { usePreferences } from '../preferences/usePreferences';

export function Forbidden() {
  const { t } = usePreferences();
  return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>} />;
}

export function NotFound() {
  const { t } = usePreferences();
  return <Result status="404" title="404" subTitle={t('common.notFound')} extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>} />;
}
