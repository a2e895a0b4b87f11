// gettext-style API messages: the English text is the message id, so throw sites keep their
// literal and only messages with values change (msg`…${v}…`). A zh-CN catalog maps the id
// (values as {0}, {1}, …) to its translation; values themselves are never translated.

export type Locale = 'en-US' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en-US', 'zh-CN'];

/** A message with values: its id is the English template with {0}, {1}… in place of the values. */
export class Msg {
  constructor(readonly id: string, readonly values: readonly unknown[] = []) {}
  /** The English text, so a Msg reads the same as before wherever it is used as a string. */
  toString(): string {
    return fill(this.id, this.values);
  }
}

export type MessageText = string | Msg;

/** Tag for a message with values: msg`A tenant with slug "${slug}" already exists`. */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): Msg {
  return new Msg(strings.reduce((id, part, i) => id + (i ? `{${i - 1}}` : '') + part, ''), values);
}

function fill(template: string, values: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < values.length ? String(values[Number(n)]) : whole));
}

// Catalogs per locale, merged from core and every plugin (registerMessages): en-US is the id itself.
const catalogs = new Map<Locale, Map<string, string>>();

/** Adds translations (English id → text) for a locale; core and each plugin register theirs at load. */
export function registerMessages(locale: Locale, entries: Readonly<Record<string, string>>): void {
  const catalog = catalogs.get(locale) ?? new Map<string, string>();
  for (const [id, text] of Object.entries(entries)) catalog.set(id, text);
  catalogs.set(locale, catalog);
}

// Validation decorators take a plain string; a message with values (limits from constants) is
// remembered here by its English text so a field problem carrying it is translated with its values.
const fieldMessages = new Map<string, Msg>();

/** A decorator `message` with values: `@Min(1, { message: fieldMessage(msg`must be from ${MIN} to ${MAX}`) })`. */
export function fieldMessage(message: Msg): string {
  const text = String(message);
  fieldMessages.set(text, message);
  return text;
}

/** The Msg a decorator message was made from (fieldMessage), if any. */
export function knownFieldMessage(text: string): Msg | undefined {
  return fieldMessages.get(text);
}

/** The message in the locale; an id without a translation falls back to English. */
export function translate(message: MessageText, locale: Locale = 'en-US'): string {
  const id = typeof message === 'string' ? message : message.id;
  const values = typeof message === 'string' ? [] : message.values;
  const template = locale === 'en-US' ? id : (catalogs.get(locale)?.get(id) ?? id);
  return fill(template, values);
}

/**
 * The locale for a request: an explicit X-Cadre-Language (the console sends its chosen language)
 * wins, else the first Accept-Language entry we speak by quality; any zh (zh-CN, zh-Hans, zh-TW…)
 * is zh-CN, everything else en-US.
 */
export function negotiateLocale(headers: Readonly<Record<string, string | string[] | undefined>>): Locale {
  const explicit = one(headers['x-cadre-language']);
  if (explicit) return toLocale(explicit) ?? 'en-US';
  const accept = one(headers['accept-language']);
  if (!accept) return 'en-US';
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = toLocale(tag);
    if (locale) return locale;
  }
  return 'en-US';
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function toLocale(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en-US';
  return undefined;
}
