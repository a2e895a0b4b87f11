import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import type { Locale } from '@cadre/sdk/console';
import { Segmented, Space, Switch, Tooltip } from 'antd';
import { usePreferences } from '../preferences/usePreferences';

const LANGUAGES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

/** 中文 / English and light / dark, remembered in localStorage. */
export function PreferenceSwitches() {
  const { locale, setLocale, theme, setTheme, t } = usePreferences();
  return (
    <Space size="middle">
      <Segmented<Locale> aria-label={t('shell.language')} size="small" value={locale} options={LANGUAGES} onChange={setLocale} />
      <Tooltip title={t('shell.theme')}>
        <Switch
          aria-label={t('shell.theme')}
          checked={theme === 'dark'}
          onChange={(dark) => setTheme(dark ? 'dark' : 'light')}
          checkedChildren={<MoonOutlined />}
          unCheckedChildren={<SunOutlined />}
        />
      </Tooltip>
    </Space>
  );
}
