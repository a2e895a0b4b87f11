import type { Provider, Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { PermissionDeclaration } from '../access/permission.js';
import type { CsvExportDefinition } from '../exports/csv-export.js';
import type { EventDefinition } from '../events/event-definition.js';

/** What a plugin's demo seed receives: it runs inside the demo tenant's context and a transaction. */
export interface SeedContext {
  tenantId: string;
  /** Resolves a provider of the running app (a plugin's own service, or a core service). */
  get<T>(token: Type<T> | string | symbol): T;
  log(line: string): void;
}

export interface PluginDefinition {
  /** Lower-case kebab-case; the prefix of the plugin's permission and event ids. */
  id: string;
  version: string;
  /** The SDK versions this plugin was written against, as a semver range. */
  sdk: string;
  description?: string;
  dependencies?: string[];
  entities?: Function[];
  migrations?: Array<new () => MigrationInterface>;
  providers?: Provider[];
  resolvers?: Type[];
  /** HTTP controllers (e.g. webhooks); each route carries @Public, @SignedIn or @RequirePermission. */
  controllers?: Type[];
  /** Services other plugins may inject (published service tokens). */
  exports?: Array<Type | string | symbol>;
  permissions?: PermissionDeclaration[];
  events?: EventDefinition<unknown>[];
  /** Classes decorated with @EventHandler; they are also registered as providers. */
  eventHandlers?: Type[];
  /** Classes decorated with @JobHandler('<id>.<name>') (long jobs on the jobs queue); also providers. */
  jobs?: Type[];
  /** CSV exports (`defineCsvExport`), served at `/export/<id>.csv` and by `cadre export <id>`; ids '<plugin id>.<name>'. */
  csvExports?: CsvExportDefinition[];
  seed?: (ctx: SeedContext) => Promise<void>;
}

// The console part is declared beside the server part, from the package's `./console` export
// (`defineConsolePart` in @cadre/sdk/console): browser code never loads on the server.
