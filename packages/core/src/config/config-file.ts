import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What the optional config file may set (the environment wins over it). */
export interface ConfigFile {
  /** Where the file was found (plugin packages resolve from its directory); undefined: no file. */
  path?: string;
  plugins?: string[];
}

const KNOWN = ['plugins'];

/**
 * Reads CADRE_CONFIG, or cadre.config.json in the working directory when it exists. Every
 * problem goes to `problems`, named by the file and key, like the environment's.
 */
export function readConfigFile(env: Record<string, string | undefined>, cwd: string, problems: string[]): ConfigFile {
  const explicit = env.CADRE_CONFIG?.trim();
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, 'cadre.config.json');
  if (!existsSync(path)) {
    if (explicit) problems.push(`CADRE_CONFIG: no file at ${path}`);
    return {};
  }
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: not valid JSON (${(error as Error).message})`);
    return { path };
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    problems.push(`${path}: expected an object such as { "plugins": ["@acme/cadre-plugin-okr"] }`);
    return { path };
  }
  for (const key of Object.keys(content)) if (!KNOWN.includes(key)) problems.push(`${path}: unknown key "${key}" (known: ${KNOWN.join(', ')})`);
  const plugins = (content as { plugins?: unknown }).plugins;
  if (plugins === undefined) return { path };
  if (!Array.isArray(plugins) || plugins.some((p) => typeof p !== 'string')) {
    problems.push(`${path}: "plugins" must be a list of plugin ids or package names`);
    return { path };
  }
  return { path, plugins: plugins.map((p: string) => p.trim()).filter(Boolean) };
}

/** The directory plugin packages are resolved from: the config file's, else the working directory. */
export const pluginRootOf = (file: ConfigFile, cwd: string): string => (file.path ? dirname(file.path) : cwd);
