// class-validator's own messages (a decorator without `message`) carry their limits inside the
// English text ("must be shorter than or equal to 200 characters"). They are recognised here and
// turned into msg ids with values, so the zh-CN catalog translates them like any other message.
import { knownFieldMessage, type Locale, type MessageText, Msg, msg, translate } from './msg.js';

const DEFAULTS: Array<[RegExp, (...values: string[]) => Msg]> = [
  [/^must be shorter than or equal to (\d+) characters$/, (n) => msg`must be shorter than or equal to ${n} characters`],
  [/^must be longer than or equal to (\d+) characters$/, (n) => msg`must be longer than or equal to ${n} characters`],
  [/^must contain no more than (\d+) elements$/, (n) => msg`must contain no more than ${n} elements`],
  [/^must contain at least (\d+) elements$/, (n) => msg`must contain at least ${n} elements`],
  [/^must not be greater than (-?[\d.]+)$/, (n) => msg`must not be greater than ${n}`],
  [/^must not be less than (-?[\d.]+)$/, (n) => msg`must not be less than ${n}`],
  [/^must be one of the following values: (.*)$/, (values) => msg`must be one of the following values: ${values}`],
  [/^must match (.*) regular expression$/, (pattern) => msg`must match ${pattern} regular expression`],
  [/^nested property (\S+) must be either object or array$/, (name) => msg`nested property ${name} must be either object or array`],
  [/^must be a string$/, () => msg`must be a string`],
  [/^must be an integer number$/, () => msg`must be an integer number`],
  [/^must be a number conforming to the specified constraints$/, () => msg`must be a number conforming to the specified constraints`],
  [/^must be an array$/, () => msg`must be an array`],
  [/^must be a boolean value$/, () => msg`must be a boolean value`],
];

/** The message a client reads for a field problem: class-validator's defaults recognised, `each value in x …` kept per value. */
export function translateProblem(message: MessageText, locale: Locale): string {
  if (typeof message !== 'string') return translate(message, locale);
  const known = knownFieldMessage(message);
  if (known) return translate(known, locale);
  const each = /^each value in \S+ (.*)$/.exec(message);
  if (each) return translate(new Msg(msg`each value: ${''}`.id, [translateProblem(each[1], locale)]), locale);
  for (const [pattern, make] of DEFAULTS) {
    const match = pattern.exec(message);
    if (match) return translate(make(...match.slice(1)), locale);
  }
  return translate(message, locale);
}

/** A field problem kept for later (a job's result): English, with the id and values when it had some. */
export interface StoredProblem {
  field: string;
  message: string;
  messageId?: string;
  values?: unknown[];
}

/** A stored value (e.g. an import report) with every field problem in it in the reader's language. */
export function localizeProblems(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => localizeProblems(v, locale));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.field === 'string' && typeof record.message === 'string') {
    const { messageId, values, ...rest } = record as unknown as StoredProblem;
    return { ...rest, message: messageId ? translate(new Msg(messageId, values ?? []), locale) : translateProblem(rest.message, locale) };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, localizeProblems(v, locale)]));
}
