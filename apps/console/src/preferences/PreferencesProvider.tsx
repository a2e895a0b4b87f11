import type { ConsoleMessages, Locale } from '@cadre/sdk/console';
import { App as AntApp, ConfigProvider, theme as antdTheme } from 'antd';
// The ES builds: 'antd/locale/*' re-exports the CommonJS copies, a second set of locale tables in the first page.
import enUSAntd from 'antd/es/locale/en_US';
import zhCNAntd from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, initialLocale, rememberLocale } from '../i18n/translate';
import { PreferencesContext, type Preferences, type ThemeMode } from './preferences-context';
import { initialTheme, rememberTheme } from './theme';

export interface PreferencesProviderProps {
  /** The plugins' messages, merged (the core's are built in). */
  messages: ConsoleMessages;
  children: ReactNode;
  /** Tests pin these; the app reads the remembered choice or the browser's. */
  locale?: Locale;
  theme?: ThemeMode;
}

/** Language and theme for the whole console: antd's locale and algorithm, dayjs, our messages. */
export function PreferencesProvider({ messages, children, locale: fixedLocale, theme: fixedTheme }: PreferencesProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => fixedLocale ?? initialLocale());
  const [theme, setThemeState] = useState<ThemeMode>(() => fixedTheme ?? initialTheme());

  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<Preferences>(
    () => ({
      locale,
      theme,
      t: createTranslator(locale, messages),
      setLocale(next) {
        rememberLocale(next);
        setLocaleState(next);
      },
      setTheme(next) {
        rememberTheme(next);
        setThemeState(next);
      },
    }),
    [locale, theme, messages],
  );

  return (
    <PreferencesContext.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh-CN' ? zhCNAntd : enUSAntd}
        theme={{ algorithm: theme === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm, token: { colorPrimary: '#1668dc' } }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </PreferencesContext.Provider>
  );
}
