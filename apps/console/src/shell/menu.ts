import type { ReactNode } from 'react';
import type { Translator } from '../i18n/translate';
import type { RegisteredNavItem } from './compose';

export interface MenuEntry {
  key: string;
  label: string;
  path?: string;
  icon?: ReactNode;
  children?: MenuEntry[];
}

/** Turns the visible navigation entries (already sorted) into menu entries, grouping by `group`. */
export function buildMenu(items: readonly RegisteredNavItem[], t: Translator): MenuEntry[] {
  const out: MenuEntry[] = [];
  const groups = new Map<string, MenuEntry>();
  for (const item of items) {
    const entry: MenuEntry = { key: item.path, label: t(item.label), path: item.path, icon: item.icon };
    if (!item.group) {
      out.push(entry);
      continue;
    }
    let group = groups.get(item.group);
    if (!group) {
      group = { key: `group:${item.group}`, label: t(item.group), icon: item.icon, children: [] };
      groups.set(item.group, group);
      out.push(group);
    }
    group.children!.push(entry);
  }
  return out;
}

/** The entry to highlight: the longest entry path that the location is at or under ('/' only exactly). */
export function selectedPath(pathname: string, paths: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const path of paths) {
    const match = path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
    if (match && (!best || path.length > best.length)) best = path;
  }
  return best;
}

export function flattenMenu(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap((e) => (e.children ? [e, ...flattenMenu(e.children)] : [e]));
}
