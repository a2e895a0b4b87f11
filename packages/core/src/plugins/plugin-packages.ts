import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginDefinition } from './plugin-definition.js';
import { PluginValidationError } from './plugin-host.js';

export interface ResolvedPlugins {
  /** The build's plugins followed by those loaded from packages. */
  installed: PluginDefinition[];
  /** Ids to enable; undefined: every installed plugin. */
  enabledIds: string[] | undefined;
}

/**
 * Turns the configured plugin list into plugins. An entry is an installed plugin's id, or else
 * a package name, imported from `root` (the deployment directory, where the operator ran
 * `npm install <package>`) and then from the server's own installation. Naming packages only
 * adds them to the build's plugins; naming any build plugin's id chooses among those as before.
 * The packages' plugins are validated afterwards exactly like the build's.
 */
export async function resolvePlugins(builtIn: PluginDefinition[], entries: string[] | undefined, root: string): Promise<ResolvedPlugins> {
  if (!entries) return { installed: builtIn, enabledIds: undefined };
  const known = new Set(builtIn.map((p) => p.id));
  const chosen = entries.filter((e) => known.has(e));
  const packages: PluginDefinition[] = [];
  for (const name of entries.filter((e) => !known.has(e))) packages.push(await loadPluginPackage(name, root, [...known]));
  return {
    installed: [...builtIn, ...packages],
    enabledIds: [...new Set([...(chosen.length ? chosen : builtIn.map((p) => p.id)), ...packages.map((p) => p.id)])],
  };
}

/** Imports a plugin package and returns the plugin it declares (its default export or `<id>Plugin`). */
export async function loadPluginPackage(name: string, root: string, builtIn: string[] = []): Promise<PluginDefinition> {
  const path = resolvePackage(name, root);
  if (!path) {
    throw new PluginValidationError(name, `it is neither a plugin of this build (${builtIn.join(', ') || 'none'}) nor a package installed in ${root} (install it there with npm install ${name})`);
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new PluginValidationError(name, `the package failed to load: ${(error as Error).message}`);
  }
  const found = [module.default, ...Object.entries(module).filter(([key]) => key !== 'default' && key.endsWith('Plugin')).map(([, value]) => value)].filter(isPluginDefinition);
  const plugins = [...new Set(found)];
  if (plugins.length === 0) throw new PluginValidationError(name, 'the package exports no plugin: export default definePlugin({ … }) or export const <id>Plugin = definePlugin({ … })');
  if (plugins.length > 1) throw new PluginValidationError(name, `the package exports ${plugins.length} plugins (${plugins.map((p) => p.id).join(', ')}); a package holds one`);
  return plugins[0];
}

function resolvePackage(name: string, root: string): string | null {
  for (const from of [join(root, 'package.json'), import.meta.url]) {
    try {
      return createRequire(from).resolve(name);
    } catch {
      // not installed there: try the next place
    }
  }
  return null;
}

function isPluginDefinition(value: unknown): value is PluginDefinition {
  const p = value as Partial<PluginDefinition> | null;
  return typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.version === 'string' && typeof p.sdk === 'string';
}
