import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCadreApp, loadConfig, seedDemo, type CadreConfig, type CadreApp } from '@cadre/core';
import { FIRST_PARTY_PLUGINS } from './plugins.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The console to serve: the deployment's own build (`cadre console build` into <data dir>/console,
 * with its plugin packages' parts) when there is one, else the build next to this app.
 */
export function defaultConsoleDir(dataDir: string): string | undefined {
  return [join(dataDir, 'console'), resolve(here, '../../console/dist')].find((dir) => existsSync(join(dir, 'index.html')));
}

export interface StartOptions {
  config?: CadreConfig;
  /** Seed the demo tenant when the database has none (never in production). */
  demo?: boolean;
}

/** Starts the server: migrate, seed the demo outside production, listen. */
export async function startServer(options: StartOptions = {}): Promise<{ app: CadreApp; url: string }> {
  const config = options.config ?? loadConfig();
  config.consoleDir ??= defaultConsoleDir(config.dataDir);
  const app = await createCadreApp({ config, plugins: FIRST_PARTY_PLUGINS });
  if (options.demo !== false && !config.production) await seedDemo(app.app, app.enabled, (line) => app.log.info(line));
  const url = await app.listen();
  return { app, url };
}
