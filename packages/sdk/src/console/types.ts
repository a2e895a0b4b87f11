// The console contract: what a plugin's console part declares. The console composes the parts
// of the enabled plugins at build time (apps/console/src/plugins.ts) and shows each entry only
// to accounts holding its permissions. Pages, widgets and slots are lazy modules whose default
// export is an ordinary React component.
import type { ComponentType, ReactNode } from 'react';

export type Locale = 'en-US' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** One permission, or several that are all required. */
export type PermissionRequirement = string | readonly string[];

export type LazyComponent<P> = () => Promise<{ default: ComponentType<P> }>;

/** What a routed page receives: the path parameters of its route (`/attraction/offers/:id` → `{ id }`). */
export interface ConsolePageProps {
  params: Readonly<Record<string, string | undefined>>;
}

export interface ConsoleRoute {
  /** Absolute path starting with `/<plugin id>`, may have parameters (`/attraction/offers/:id`). */
  path: string;
  load: LazyComponent<ConsolePageProps>;
  permission?: PermissionRequirement;
  /** Message key of the page title (breadcrumbs, browser tab). */
  title: string;
}

export interface ConsoleNavItem {
  key: string;
  path: string;
  /** Message key of the label. */
  label: string;
  icon?: ReactNode;
  permission?: PermissionRequirement;
  /** Position among the entries; the core's own pages use 0–20 and 900+. Default 100. */
  order?: number;
  /** Message key of a submenu to file this entry under (entries with the same group share it). */
  group?: string;
}

export interface ConsoleWidgetProps {
  /** The widget's size on the dashboard grid. */
  size: 'small' | 'medium' | 'large';
}

export interface ConsoleWidget {
  key: string;
  /** Message key of the card title. */
  title: string;
  load: LazyComponent<ConsoleWidgetProps>;
  permission?: PermissionRequirement;
  size?: 'small' | 'medium' | 'large';
  order?: number;
}

/** The props each detail-page slot passes to what is plugged into it. Extend by declaration merging. */
export interface ConsoleSlotProps {
  /** Extra tabs on a person's page. */
  'person.tabs': { personId: string };
}

export type ConsoleSlotName = keyof ConsoleSlotProps;

export type ConsoleSlot = {
  [K in ConsoleSlotName]: {
    slot: K;
    key: string;
    /** Message key of the tab title. */
    title: string;
    load: LazyComponent<ConsoleSlotProps[K]>;
    permission?: PermissionRequirement;
    order?: number;
  };
}[ConsoleSlotName];

export interface ConsoleMessages {
  'en-US': Record<string, string>;
  'zh-CN': Record<string, string>;
}

/** The console part of a plugin. Every message key starts with `<id>.`. */
export interface ConsolePart {
  /** The plugin id (same as the server-side declaration's). */
  id: string;
  /** Required for everything in this part, on top of each entry's own permission. */
  permission?: PermissionRequirement;
  routes?: ConsoleRoute[];
  navigation?: ConsoleNavItem[];
  widgets?: ConsoleWidget[];
  slots?: ConsoleSlot[];
  messages?: ConsoleMessages;
}
