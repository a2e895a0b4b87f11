import { resolve } from 'node:path';
import type { Command } from 'commander';
import { scaffoldPlugin } from '../scaffold/scaffold-plugin.js';

export function registerPluginCommands(program: Command): void {
  const plugin = program.command('plugin').description('Work with plugins');
  plugin
    .command('new <id>')
    .description('Scaffold a plugin package (entity, migration, resolver, permissions, e2e test)')
    .option('--dir <dir>', 'parent folder of a workspace package', 'plugins')
    .option('--standalone <dir>', 'write a package of its own (cadre-plugin-<id>, the SDK as a peer) into this folder, outside the repository')
    .action((id: string, opts: { dir: string; standalone?: string }) => {
      const target = scaffoldPlugin(id, resolve(opts.dir), new Date(), opts.standalone && resolve(opts.standalone));
      console.log(`created ${target}`);
      if (opts.standalone) console.log('next: npm install, npm run build, npm test, npm pack; then install the package in the deployment directory, name it in CADRE_PLUGINS or cadre.config.json and run cadre console build (docs/plugins.md)');
      else console.log(`next: pnpm install and pnpm --filter @cadre/plugin-${id} test (docs/plugins.md)`);
    });
}
