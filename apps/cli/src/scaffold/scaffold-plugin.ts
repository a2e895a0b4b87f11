import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SDK_VERSION } from '@cadre/core';
import { CliError } from '../cli-error.js';
import { pluginFiles, templateNames } from './plugin-template.js';

/**
 * Writes a working plugin package and returns its path: into `<parentDir>/<id>` as a workspace
 * package, or with `standalone` into that folder itself, as a package of its own.
 */
export function scaffoldPlugin(id: string, parentDir: string, now = new Date(), standalone?: string): string {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new CliError(`plugin id "${id}" must be lower-case kebab-case, e.g. okr-goals`);
  const target = standalone ?? join(parentDir, id);
  if (existsSync(target) && readdirSync(target).length) throw new CliError(`${target} exists already and is not empty`);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  for (const [file, content] of Object.entries(pluginFiles(templateNames(id), SDK_VERSION, stamp, Boolean(standalone)))) {
    const path = join(target, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return target;
}
