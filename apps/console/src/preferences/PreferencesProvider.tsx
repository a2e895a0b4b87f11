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
import { useReducedMotion } from './useReducedMotion';
import './contrast.css';

// WCAG AA contrast (4.5:1) in the light theme: antd's description, placeholder and link greys and
// blue and its status colours are lighter; these are a step darker (tags' text: contrast.css).
const LIGHT_TOKENS = {
  colorPrimary: '#1668dc', colorLink: '#1668dc', colorInfo: '#1668dc',
  colorSuccess: '#237804', colorWarning: '#874d00', colorError: '#cf1322',
  // The darker seeds would derive muddy backgrounds: keep antd's light ones.
  colorSuccessBg: '#f6ffed', colorSuccessBorder: '#b7eb8f', colorWarningBg: '#fffbe6', colorWarningBorder: '#ffe58f', colorErrorBg: '#fff2f0', colorErrorBorder: '#ffccc7',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)', colorTextTertiary: 'rgba(0, 0, 0, 0.6)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
};
const DARK_TOKENS = { colorPrimary: '#1668dc' };

export interface PreferencesProviderProps {
  /** The plugins' messages, merged (the core's are built in). */
  messages: ConsoleMessages;
  children: ReactNode;
  /** Tests pin these; the app reads the remembered choice or the browser's. */
  locale?: Locale;
  theme?: ThemeMode;
}

/** Language, theme and motion for the whole console: antd's locale, algorithm and motion, dayjs, our messages. */
export function PreferencesProvider({ messages, children, locale: fixedLocale, theme: fixedTheme }: PreferencesProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => fixedLocale ?? initialLocale());
  const [theme, setThemeState] = useState<ThemeMode>(() => fixedTheme ?? initialTheme());
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

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
        theme={{ algorithm: theme === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm, token: { ...(theme === 'dark' ? DARK_TOKENS : LIGHT_TOKENS), motion: !reducedMotion } }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </PreferencesContext.Provider>
  );
}
