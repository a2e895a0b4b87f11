import type { Provider, Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { PermissionDeclaration } from '../access/permission.js';
import type { EventDefinition } from '../events/event-definition.js';

/** What a plugin's demo seed receives: it runs inside the demo tenant's context and a transaction. */
export interface SeedContext {
  tenantId: string;
  /** Resolves a provider of the running app (a plugin's own service, or a core service). */
  get<T>(token: Type<T> | string | symbol): T;
  log(line: string): void;
}

export interface ConsoleRoute {
  path: string;
  /** Lazy-loaded page module; its default export is the page component. */
  load: () => Promise<{ default: unknown }>;
  permission?: string;
  /** Message key of the page title (breadcrumbs). */
  title: string;
}

export interface ConsoleNavItem {
  key: string;
  path: string;
  /** Message key of the label. */
  label: string;
  icon?: string;
  permission?: string;
  order?: number;
  group?: string;
}

export interface ConsoleWidget {
  key: string;
  title: string;
  load: () => Promise<{ default: unknown }>;
  permission?: string;
  size?: 'small' | 'medium' | 'large';
}

export interface ConsoleSlot {
  /** Where it goes, e.g. 'person.tabs'. */
  slot: string;
  key: string;
  title: string;
  load: () => Promise<{ default: unknown }>;
  permission?: string;
}

/** The console part of a plugin (React pages are loaded lazily by the console build). */
export interface ConsolePart {
  routes?: ConsoleRoute[];
  navigation?: ConsoleNavItem[];
  widgets?: ConsoleWidget[];
  slots?: ConsoleSlot[];
  messages?: { 'en-US': Record<string, string>; 'zh-CN': Record<string, string> };
}

export interface PluginDefinition {
  /** Lower-case kebab-case; the prefix of the plugin's permission and event ids. */
  id: string;
  version: string;
  /** The SDK versions this plugin was written against, as a semver range. */
  sdk: string;
  description?: string;
  dependencies?: string[];
  entities?: Function[];
  migrations?: Array<new () => MigrationInterface>;
  providers?: Provider[];
  resolvers?: Type[];
  /** HTTP controllers (e.g. webhooks); each route carries @Public, @SignedIn or @RequirePermission. */
  controllers?: Type[];
  /** Services other plugins may inject (published service tokens). */
  exports?: Array<Type | string | symbol>;
  permissions?: PermissionDeclaration[];
  events?: EventDefinition<unknown>[];
  /** Classes decorated with @EventHandler; they are also registered as providers. */
  eventHandlers?: Type[];
  seed?: (ctx: SeedContext) => Promise<void>;
  console?: ConsolePart;
}
