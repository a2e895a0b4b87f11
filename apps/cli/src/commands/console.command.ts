import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';

// The console app next to this CLI in the platform's installation (its sources and Vite).
const CONSOLE_APP = resolve(dirname(fileURLToPath(import.meta.url)), '../../../console');

/** The console entry (`<package>/console`) of each plugin package; null for a server-only package. */
function consoleEntries(packages: string[], root: string): Array<{ name: string; entry: string | null }> {
  const require = createRequire(join(root, 'package.json'));
  return packages.map((name) => {
    try {
      return { name, entry: require.resolve(`${name}/console`) };
    } catch {
      try {
        require.resolve(name);
        return { name, entry: null };
      } catch {
        throw new CliError(`plugin package ${name} is not installed in ${root} (install it there with npm install ${name})`);
      }
    }
  });
}

/** Builds the console with the console parts of the enabled plugin packages, into the folder the server serves. */
async function buildConsole(opts: { out?: string }): Promise<void> {
  const { loadConfig, writeConsoleManifest } = await import('@cadre/core');
  const { FIRST_PARTY_PLUGINS } = await import('@cadre/server');
  const config = loadConfig();
  const firstParty = new Set(FIRST_PARTY_PLUGINS.map((p) => p.id));
  const packages = consoleEntries((config.plugins ?? []).filter((p) => !firstParty.has(p)), config.pluginRoot);
  const out = resolve(opts.out ?? config.consoleDir ?? join(config.dataDir, 'console'));
  if (!existsSync(join(CONSOLE_APP, 'package.json'))) throw new CliError(`the console's sources are not at ${CONSOLE_APP}: console build runs in the platform's installation`);
  const vite = join(dirname(createRequire(join(CONSOLE_APP, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');

  for (const p of packages) console.log(p.entry ? `[console] plugin package ${p.name}: console part ${p.entry}` : `[console] plugin package ${p.name}: no console part (no ./console export), server only`);
  const entries = packages.flatMap((p) => (p.entry ? [p.entry] : []));
  console.log(`[console] building ${firstParty.size} first-party part(s) and ${entries.length} from packages into ${out} (Vite, about a minute)…`);
  const started = Date.now();
  const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: CONSOLE_APP, encoding: 'utf8', // A production bundle whatever the caller's NODE_ENV (a test runner sets `test`).
    env: { ...process.env, NODE_ENV: 'production', CADRE_CONSOLE_PACKAGES: JSON.stringify(entries) },
  });
  if (build.status !== 0) throw new CliError(`the console build failed:\n${build.stdout}${build.stderr}`);
  writeConsoleManifest(out, packages.map((p) => p.name));
  console.log(`[console] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const size = spawnSync(process.execPath, [join(CONSOLE_APP, 'scripts/bundle-size.mjs'), out], { encoding: 'utf8' });
  process.stdout.write(size.stdout);
  if (size.status !== 0) throw new CliError(size.stderr.trim() || 'the bundle budget check failed');
  console.log(`[console] done: the server serves ${out}${opts.out || config.consoleDir ? ' when CADRE_CONSOLE_DIR points there' : ' (its default when present)'}`);
}

export function registerConsoleCommands(program: Command): void {
  const consoleCmd = program.command('console').description('The web console');
  consoleCmd
    .command('build')
    .description('Build the console with the console parts of the plugin packages in CADRE_PLUGINS / cadre.config.json')
    .option('--out <dir>', 'output folder (default: CADRE_CONSOLE_DIR, else <data dir>/console)')
    .action((opts: { out?: string }) => buildConsole(opts));
}
