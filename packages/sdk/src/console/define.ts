import type { ConsoleMessages, ConsolePart } from './types.js';

export class ConsolePartError extends Error {
  constructor(id: string, problem: string) {
    super(`Console part "${id}": ${problem}`);
    this.name = 'ConsolePartError';
  }
}

function checkMessages(id: string, messages: ConsoleMessages | undefined): void {
  if (!messages) return;
  const en = Object.keys(messages['en-US'] ?? {});
  const zh = new Set(Object.keys(messages['zh-CN'] ?? {}));
  for (const key of [...en, ...zh]) if (!key.startsWith(`${id}.`)) throw new ConsolePartError(id, `message key "${key}" must start with "${id}."`);
  for (const key of en) if (!zh.has(key)) throw new ConsolePartError(id, `message "${key}" has no zh-CN text`);
  for (const key of zh) if (!en.includes(key)) throw new ConsolePartError(id, `message "${key}" has no en-US text`);
}

/**
 * Declares a plugin's console part and checks it early: message keys carry the plugin's
 * prefix and exist in both languages, titles and labels name existing messages, routes live
 * under `/<id>`, keys are unique.
 */
export function defineConsolePart<const P extends ConsolePart>(part: P): P {
  const { id } = part;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new ConsolePartError(id, 'the id must be kebab-case like the plugin id');
  checkMessages(id, part.messages);
  const known = new Set(Object.keys(part.messages?.['en-US'] ?? {}));
  const needMessage = (what: string, key: string) => {
    if (!known.has(key)) throw new ConsolePartError(id, `${what} uses the message "${key}", which is not declared`);
  };
  const unique = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) throw new ConsolePartError(id, `two ${what} have the key "${key}"`);
      seen.add(key);
    }
  };
  for (const r of part.routes ?? []) {
    if (r.path !== `/${id}` && !r.path.startsWith(`/${id}/`)) throw new ConsolePartError(id, `route "${r.path}" must live under /${id}`);
    needMessage(`route ${r.path}`, r.title);
  }
  for (const n of part.navigation ?? []) {
    needMessage(`navigation entry ${n.key}`, n.label);
    if (n.group) needMessage(`navigation entry ${n.key}`, n.group);
  }
  for (const w of part.widgets ?? []) needMessage(`widget ${w.key}`, w.title);
  for (const s of part.slots ?? []) needMessage(`slot ${s.key}`, s.title);
  unique('routes', (part.routes ?? []).map((r) => r.path));
  unique('navigation entries', (part.navigation ?? []).map((n) => n.key));
  unique('widgets', (part.widgets ?? []).map((w) => w.key));
  unique('slots', (part.slots ?? []).map((s) => `${s.slot}:${s.key}`));
  return part;
}
