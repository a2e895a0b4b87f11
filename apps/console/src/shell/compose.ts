// Composes the core's pages and the plugins' console parts into one registry (build time), and
// decides what a signed-in account may see of it (run time).
import {
  defineConsolePart, holds,
  type ConsoleMessages, type ConsoleNavItem, type ConsolePart, type ConsoleRoute, type ConsoleSlot, type ConsoleSlotName, type ConsoleWidget, type PermissionRequirement,
} from '@cadre/sdk/console';

/** The core's own declarations: the same shapes as a plugin part, without the /<id> rules. */
export type CoreDeclarations = Pick<ConsolePart, 'routes' | 'navigation' | 'widgets' | 'slots'>;

interface Owned {
  /** 'core' or the plugin id. */
  owner: string;
  /** The part-wide requirement of a plugin part. */
  partPermission?: PermissionRequirement;
  /** Unique across the registry: `<owner>:<key>`. */
  id: string;
}

export type RegisteredRoute = ConsoleRoute & Owned;
export type RegisteredNavItem = ConsoleNavItem & Owned;
export type RegisteredWidget = ConsoleWidget & Owned;
export type RegisteredSlot = ConsoleSlot & Owned;

export interface ConsoleRegistry {
  routes: RegisteredRoute[];
  navigation: RegisteredNavItem[];
  widgets: RegisteredWidget[];
  slots: RegisteredSlot[];
  messages: ConsoleMessages;
  pluginIds: string[];
}

export const CORE = 'core';

export function composeConsole(core: CoreDeclarations, parts: readonly ConsolePart[]): ConsoleRegistry {
  const registry: ConsoleRegistry = { routes: [], navigation: [], widgets: [], slots: [], messages: { 'en-US': {}, 'zh-CN': {} }, pluginIds: [] };
  const routeOwner = new Map<string, string>();
  const add = (owner: string, partPermission: PermissionRequirement | undefined, decl: CoreDeclarations) => {
    const own = <T extends { key?: string; path?: string }>(item: T, key: string) => ({ ...item, owner, partPermission, id: `${owner}:${key}` });
    for (const route of decl.routes ?? []) {
      const clash = routeOwner.get(route.path);
      if (clash) throw new Error(`Console route "${route.path}" is declared by both ${clash} and ${owner}`);
      routeOwner.set(route.path, owner);
      registry.routes.push(own(route, route.path));
    }
    registry.navigation.push(...(decl.navigation ?? []).map((n) => own(n, n.key)));
    registry.widgets.push(...(decl.widgets ?? []).map((w) => own(w, w.key)));
    registry.slots.push(...(decl.slots ?? []).map((s) => own(s, `${s.slot}:${s.key}`) as RegisteredSlot));
  };
  add(CORE, undefined, core);
  for (const part of parts) {
    defineConsolePart(part);
    if (part.id === CORE || registry.pluginIds.includes(part.id)) throw new Error(`Console part "${part.id}" is listed twice (or clashes with the core)`);
    registry.pluginIds.push(part.id);
    add(part.id, part.permission, part);
    Object.assign(registry.messages['en-US'], part.messages?.['en-US']);
    Object.assign(registry.messages['zh-CN'], part.messages?.['zh-CN']);
  }
  return registry;
}

export interface Access {
  permissions: ReadonlySet<string>;
  /** Plugin ids the server enables (me.enabledPlugins, told to every account). */
  enabledPlugins: ReadonlySet<string>;
}

/** Is a plugin enabled on this server? Whether or not the account holds any of its permissions. */
export function pluginEnabled(id: string, access: Access): boolean {
  return access.enabledPlugins.has(id);
}

/** May this account see the entry? Its plugin must be enabled and every requirement held. */
export function allowed(entry: Owned & { permission?: PermissionRequirement }, access: Access): boolean {
  if (entry.owner !== CORE && !pluginEnabled(entry.owner, access)) return false;
  return holds(access.permissions, entry.partPermission) && holds(access.permissions, entry.permission);
}

const byOrder = <T extends { order?: number }>(a: T, b: T) => (a.order ?? 100) - (b.order ?? 100);

export function visibleNavigation(registry: ConsoleRegistry, access: Access): RegisteredNavItem[] {
  return registry.navigation.filter((n) => allowed(n, access)).sort(byOrder);
}

export function visibleWidgets(registry: ConsoleRegistry, access: Access): RegisteredWidget[] {
  return registry.widgets.filter((w) => allowed(w, access)).sort(byOrder);
}

export function visibleSlots<K extends ConsoleSlotName>(registry: ConsoleRegistry, access: Access, slot: K): Array<Extract<RegisteredSlot, { slot: K }>> {
  return registry.slots.filter((s): s is Extract<RegisteredSlot, { slot: K }> => s.slot === slot && allowed(s, access)).sort(byOrder);
}
