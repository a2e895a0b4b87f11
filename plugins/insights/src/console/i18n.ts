// Page texts: loaded with the pages (not in the first page's bundle). `useT()` looks a key up in
// them for the console's language, then falls back to the console's translator (which holds the
// part's navigation and title messages from messages-nav.ts).
import { useCadre, type Translate } from '@cadre/sdk/console';
import { useCallback } from 'react';
import { en } from './messages-en.js';
import { zh } from './messages-zh.js';

const PAGES: Record<'en-US' | 'zh-CN', Record<string, string>> = { 'en-US': en, 'zh-CN': zh };

const format = (template: string, values?: Record<string, string | number>) =>
  values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template;

export function useT(): Translate {
  const { locale, t } = useCadre();
  return useCallback<Translate>((key, values) => {
    const text = PAGES[locale]?.[key] ?? PAGES['en-US'][key];
    return text === undefined ? t(key, values) : format(text, values);
  }, [locale, t]);
}
