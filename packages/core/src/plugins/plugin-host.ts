import semver from 'semver';
import { getMetadataArgsStorage } from 'typeorm';
import { PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN_KEY } from '../access/decorators.js';
import { PERMISSION_ID } from '../access/permission.js';
import { JOB_HANDLER_KEY, type JobHandlerMeta } from '../jobs/job-handler.js';
import { EXPORT_ID } from '../exports/csv-export.js';
import { EVENT_HANDLER_KEY } from '../events/event-definition.js';
import type { PluginDefinition } from './plugin-definition.js';

/** The SDK version plugins declare compatibility with. */
export const SDK_VERSION = '0.1.0';

export class PluginValidationError extends Error {
  constructor(readonly pluginId: string, problem: string) {
    super(`Plugin "${pluginId}" cannot be loaded: ${problem}`);
    this.name = 'PluginValidationError';
  }
}

/**
 * Checks the enabled plugins before anything connects and returns them in dependency order.
 * The first problem found stops the boot with a message that names the plugin.
 */
export function validatePlugins(available: PluginDefinition[], enabledIds: string[] | undefined, coreTables: string[], coreResolvers: Function[] = []): PluginDefinition[] {
  const byId = new Map<string, PluginDefinition>();
  for (const plugin of available) {
    if (!plugin || typeof plugin.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(plugin.id)) throw new PluginValidationError(String(plugin?.id), 'id must be lower-case kebab-case');
    if (byId.has(plugin.id)) throw new PluginValidationError(plugin.id, 'another plugin has the same id');
    byId.set(plugin.id, plugin);
  }
  const enabled = (enabledIds ?? [...byId.keys()]).map((id) => {
    const plugin = byId.get(id);
    if (!plugin) throw new PluginValidationError(id, `it is enabled but not installed (installed: ${[...byId.keys()].join(', ') || 'none'})`);
    return plugin;
  });
  const enabledSet = new Set(enabled.map((p) => p.id));

  for (const plugin of enabled) {
    if (!semver.valid(plugin.version)) throw new PluginValidationError(plugin.id, `version "${plugin.version}" is not semver`);
    if (!semver.validRange(plugin.sdk) || !semver.satisfies(SDK_VERSION, plugin.sdk)) {
      throw new PluginValidationError(plugin.id, `it needs SDK ${plugin.sdk} but this server provides ${SDK_VERSION}`);
    }
    for (const dep of plugin.dependencies ?? []) {
      if (!enabledSet.has(dep)) throw new PluginValidationError(plugin.id, `it depends on "${dep}", which is ${byId.has(dep) ? 'not enabled' : 'not installed'}`);
    }
    for (const p of plugin.permissions ?? []) {
      if (!PERMISSION_ID.test(p.id) || !p.id.startsWith(`${plugin.id}.`)) throw new PluginValidationError(plugin.id, `permission "${p.id}" must be named '${plugin.id}.<name>'`);
    }
    for (const e of plugin.events ?? []) {
      if (!e.type.startsWith(`${plugin.id}.`)) throw new PluginValidationError(plugin.id, `event "${e.type}" must be named '${plugin.id}.<name>'`);
    }
    for (const h of plugin.eventHandlers ?? []) {
      if (!Reflect.getMetadata(EVENT_HANDLER_KEY, h)) throw new PluginValidationError(plugin.id, `event handler ${h.name} lacks @EventHandler(event, id)`);
    }
    for (const j of plugin.jobs ?? []) {
      const meta = Reflect.getMetadata(JOB_HANDLER_KEY, j) as JobHandlerMeta | undefined;
      if (!meta) throw new PluginValidationError(plugin.id, `job handler ${j.name} lacks @JobHandler('${plugin.id}.<name>')`);
      if (!meta.type.startsWith(`${plugin.id}.`)) throw new PluginValidationError(plugin.id, `job "${meta.type}" must be named '${plugin.id}.<name>'`);
    }
    for (const x of plugin.csvExports ?? []) {
      if (!EXPORT_ID.test(x.id) || !x.id.startsWith(`${plugin.id}.`)) throw new PluginValidationError(plugin.id, `export "${x.id}" must be named '${plugin.id}.<name>'`);
    }
    for (const resolver of [...(plugin.resolvers ?? []), ...(plugin.controllers ?? [])]) {
      const unguarded = unguardedOperations(resolver);
      if (unguarded.length) throw new PluginValidationError(plugin.id, `${unguarded.join(', ')} declare no permission (use @RequirePermission, @SignedIn or @Public)`);
    }
  }
  for (const resolver of coreResolvers) {
    const unguarded = unguardedOperations(resolver);
    if (unguarded.length) throw new PluginValidationError('core', `${unguarded.join(', ')} declare no permission`);
  }

  const tableOwner = new Map<string, string>(coreTables.map((t) => [t, 'core']));
  for (const plugin of enabled) {
    for (const table of tableNames(plugin.entities ?? [])) {
      const owner = tableOwner.get(table);
      if (owner) throw new PluginValidationError(plugin.id, `table "${table}" is already defined by ${owner === 'core' ? 'the core' : `plugin "${owner}"`}`);
      tableOwner.set(table, plugin.id);
    }
  }
  return dependencyOrder(enabled);
}

function dependencyOrder(plugins: PluginDefinition[]): PluginDefinition[] {
  const byId = new Map(plugins.map((p) => [p.id, p]));
  const ordered: PluginDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (plugin: PluginDefinition, path: string[]) => {
    const s = state.get(plugin.id);
    if (s === 'done') return;
    if (s === 'visiting') throw new PluginValidationError(plugin.id, `dependency cycle ${[...path, plugin.id].join(' → ')}`);
    state.set(plugin.id, 'visiting');
    for (const dep of plugin.dependencies ?? []) visit(byId.get(dep)!, [...path, plugin.id]);
    state.set(plugin.id, 'done');
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}

export function tableNames(entities: Function[]): string[] {
  const tables = getMetadataArgsStorage().tables;
  return entities.map((entity) => {
    const table = tables.find((t) => t.target === entity);
    return table?.name ?? entity.name;
  });
}

/** Queries, mutations, resolved fields and HTTP routes of a class that declare no access rule. */
export function unguardedOperations(resolver: Function): string[] {
  const classRule = [PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN_KEY].some((k) => Reflect.getMetadata(k, resolver) !== undefined);
  const problems: string[] = [];
  const proto = resolver.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const method = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (typeof method !== 'function') continue;
    const isOperation = ['graphql:resolver_type', 'graphql:resolve_property', 'method'].some((key) => Reflect.getMetadata(key, method) !== undefined);
    if (!isOperation) continue;
    const ruled = [PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN_KEY].some((k) => Reflect.getMetadata(k, method) !== undefined);
    if (!ruled && !classRule) problems.push(`${resolver.name}.${name}`);
  }
  return problems;
}
