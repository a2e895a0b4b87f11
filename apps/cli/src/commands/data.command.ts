import { readFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import type { CadreApp } from '@cadre/core';
import { CliError } from '../cli-error.js';

/** Boots the app without listening, runs `fn`, closes. */
async function withApp<T>(fn: (app: CadreApp, core: typeof import('@cadre/core')) => Promise<T>): Promise<T> {
  const core = await import('@cadre/core');
  const { createCadreApp, createLogger, loadConfig } = core;
  const { FIRST_PARTY_PLUGINS } = await import('@cadre/server');
  const config = loadConfig();
  // A command takes on no queue work; with Redis the workers deliver what it announces.
  config.queues = [];
  const app = await createCadreApp({ config, plugins: FIRST_PARTY_PLUGINS, log: createLogger(process.env.LOG_LEVEL ?? 'error') });
  try {
    const result = await fn(app, core);
    // Deliver what the command raised (e.g. PersonCreated) while the process is still here.
    await app.app.get(core.EventBus).flush();
    return result;
  } finally {
    await app.close();
  }
}

export function registerDataCommands(program: Command): void {
  program
    .command('serve')
    .description('Start the server (migrates first; seeds the demo tenant outside production)')
    .option('--no-demo', 'do not seed the demo tenant')
    .action(async (opts: { demo: boolean }) => {
      const { startServer } = await import('@cadre/server');
      const { url } = await startServer({ demo: opts.demo });
      console.log(`Cadre is running at ${url}`);
    });

  program
    .command('migrate')
    .description("Run the core's and the enabled plugins' migrations")
    .action(async () => {
      const { prepareDatabase, loadConfig } = await import('@cadre/core');
      const { FIRST_PARTY_PLUGINS } = await import('@cadre/server');
      const { dataSource } = await prepareDatabase({ config: loadConfig(), plugins: FIRST_PARTY_PLUGINS }, (line) => console.log(line));
      await dataSource.destroy();
      console.log('database is up to date');
    });

  program
    .command('seed')
    .description('Seed the demo tenant (core and plugins) if it does not exist')
    .action(async () => {
      if (process.env.NODE_ENV === 'production') throw new CliError('refusing to seed demo data when NODE_ENV=production');
      await withApp(async (app, { seedDemo }) => {
        const seeded = await seedDemo(app.app, app.enabled, (line) => console.log(line));
        console.log(seeded ? 'demo tenant seeded' : 'demo tenant exists already; nothing done');
      });
    });

  const tenant = program.command('tenant').description('Manage tenants');
  tenant
    .command('create <slug>')
    .description('Create a tenant with its owner account')
    .requiredOption('--owner-email <email>', "the owner's email")
    .requiredOption('--owner-password <password>', "the owner's password (8+ characters)")
    .option('--name <name>', 'display name (defaults to the slug)')
    .action(async (slug: string, opts: { ownerEmail: string; ownerPassword: string; name?: string }) => {
      await withApp(async (app, { TenantService }) => {
        const { tenant: created } = await app.app.get(TenantService).create(slug, opts.name ?? slug, { email: opts.ownerEmail, password: opts.ownerPassword });
        console.log(`tenant ${created.slug} created (id ${created.id}); owner ${opts.ownerEmail.toLowerCase()} can sign in`);
      });
    });

  const importCmd = program.command('import').description('Import data from files');
  importCmd
    .command('people <file>')
    .description('Import people from CSV: all rows or none, with a per-row error report')
    .option('--tenant <slug>', 'tenant slug', 'demo')
    .action(async (file: string, opts: { tenant: string }) => {
      let csv: string;
      try {
        csv = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
      }
      await withApp(async (app, { TenantService, AccessService, RequestContexts, PeopleImportService }) => {
        const target = await app.app.get(TenantService).findBySlug(opts.tenant);
        if (!target) throw new CliError(`no tenant with slug "${opts.tenant}"`);
        const permissions = app.app.get(AccessService).registry.all().map((p) => p.id);
        const bar = new SingleBar({ format: '{phase} |{bar}| {value}/{total} rows', hideCursor: true, noTTYOutput: true, notTTYSchedule: 500 }, Presets.shades_classic);
        let phase = '';
        const result = await RequestContexts.run(RequestContexts.system(target.id, permissions), () =>
          app.app.get(PeopleImportService).import(csv, (p, done, total) => {
            if (p !== phase) {
              if (phase) bar.stop();
              phase = p;
              bar.start(total, 0, { phase: p === 'validate' ? 'checking' : 'writing ' });
            }
            bar.update(done, { phase: p === 'validate' ? 'checking' : 'writing ' });
          }),
        );
        if (phase) bar.stop();
        if (result.errors.length) {
          console.error(`nothing imported: ${result.errors.length} problem(s) in ${result.rows} rows`);
          for (const e of result.errors) console.error(`  row ${e.row}, ${e.field}: ${e.message}`);
          process.exitCode = 1;
          return;
        }
        console.log(`imported ${result.imported} people into ${opts.tenant}`);
      });
    });
}
