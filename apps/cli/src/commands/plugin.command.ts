import { resolve } from 'node:path';
import type { Command } from 'commander';
import { scaffoldPlugin } from '../scaffold/scaffold-plugin.js';

export function registerPluginCommands(program: Command): void {
  const plugin = program.command('plugin').description('Work with plugins');
  plugin
    .command('new <id>')
    .description('Scaffold a plugin package (entity, migration, resolver, permissions, e2e test)')
    .option('--dir <dir>', 'parent folder', 'plugins')
    .action((id: string, opts: { dir: string }) => {
      const target = scaffoldPlugin(id, resolve(opts.dir));
      console.log(`created ${target}`);
      console.log(`next: pnpm install and pnpm --filter @cadre/plugin-${id} test; to run it, build and pack it, install it in the deployment directory and name it in CADRE_PLUGINS or cadre.config.json, then cadre console build`);
    });
}
