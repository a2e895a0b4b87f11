import { useCallback } from 'react';
import { useCadre, type Translate } from './context.js';
import type { Locale } from './types.js';

export type PageCatalogs = { 'en-US': Readonly<Record<string, string>> } & Partial<Record<Locale, Readonly<Record<string, string>>>>;

const format = (template: string, values?: Record<string, string | number>) =>
  values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template;

/**
 * A `useT()` over a part's page texts, which load with its pages rather than with the console's
 * first page: a key is looked up for the console's language, then in en-US, and otherwise handed to
 * the console's translator (which holds the part's navigation and title messages).
 */
export function pageMessages(catalogs: PageCatalogs): () => Translate {
  return function usePageT() {
    const { locale, t } = useCadre();
    return useCallback<Translate>((key, values) => {
      const text = catalogs[locale]?.[key] ?? catalogs['en-US'][key];
      return text === undefined ? t(key, values) : format(text, values);
    }, [locale, t]);
  };
}
