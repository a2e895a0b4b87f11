import type { Locale } from '@cadre/sdk/console';
import { createContext } from 'react';
import type { Translator } from '../i18n/translate';

export type ThemeMode = 'light' | 'dark';

export interface Preferences {
  locale: Locale;
  setLocale(locale: Locale): void;
  theme: ThemeMode;
  setTheme(theme: ThemeMode): void;
  t: Translator;
}

export const PreferencesContext = createContext<Preferences | null>(null);
