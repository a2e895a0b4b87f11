import type { ConsoleMessages, Locale } from '@cadre/sdk/console';
import { enUS, type CoreMessageKey } from './en-US';
import { zhCN } from './zh-CN';

const CORE: Record<Locale, Record<CoreMessageKey, string>> = { 'en-US': enUS, 'zh-CN': zhCN };
const STORAGE_KEY = 'cadre.locale';

/** `format('Hello {name}', { name: 'Li' })` → 'Hello Li'; unknown placeholders stay as they are. */
export function format(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Translator = (key: CoreMessageKey | (string & {}), values?: Record<string, string | number>) => string;

/** Looks a key up in the core's messages, then the plugins'; falls back to English, then the key. */
export function createTranslator(locale: Locale, plugins: ConsoleMessages): Translator {
  const core = CORE[locale] as Record<string, string>;
  const extra = plugins[locale];
  const fallback = { ...plugins['en-US'], ...(enUS as Record<string, string>) };
  return (key, values) => format(core[key] ?? extra[key] ?? fallback[key] ?? key, values);
}

/** The remembered choice, else the browser's preferred language (Chinese → zh-CN, anything else → en-US). */
export function initialLocale(storage: Pick<Storage, 'getItem'> = localStorage, languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  const saved = storage.getItem(STORAGE_KEY);
  if (saved === 'en-US' || saved === 'zh-CN') return saved;
  for (const lang of languages) {
    if (/^zh\b/i.test(lang)) return 'zh-CN';
    if (/^en\b/i.test(lang)) return 'en-US';
  }
  return 'en-US';
}

export function rememberLocale(locale: Locale, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, locale);
}
