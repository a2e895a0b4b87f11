import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SDK_VERSION } from '@cadre/core';
import { CliError } from '../cli-error.js';
import { pluginFiles, templateNames } from './plugin-template.js';

/** Writes a working plugin package into `<parentDir>/<id>` and returns its path. */
export function scaffoldPlugin(id: string, parentDir: string, now = new Date()): string {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new CliError(`plugin id "${id}" must be lower-case kebab-case, e.g. okr-goals`);
  const target = join(parentDir, id);
  if (existsSync(target)) throw new CliError(`${target} exists already`);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  for (const [file, content] of Object.entries(pluginFiles(templateNames(id), SDK_VERSION, stamp))) {
    const path = join(target, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return target;
}
