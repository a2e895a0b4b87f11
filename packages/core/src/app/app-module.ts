import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AccessGuard } from '../access/access.guard.js';
import { protectSensitiveFields } from '../access/sensitive-field.js';
import type { PermissionRegistry } from '../access/permission-registry.js';
import { AuditInterceptor } from '../audit/audit.interceptor.js';
import type { CadreConfig } from '../config/config.js';
import { DATA_SOURCE } from '../database/data.service.js';
import { formatGraphQLError, requestRefusalStatus } from '../graphql/format-error.js';
import { guardRequest } from '../graphql/request-guard.js';
import { createValidationPipe } from '../graphql/validation.js';
import type { PluginDefinition } from '../plugins/plugin-definition.js';
import { INSTALLED_PLUGINS } from '../plugins/plugins.resolver.js';
import type { Redis } from 'ioredis';
import type { QueueRunner } from '../jobs/queue-runner.js';
import { CsvExportController } from '../exports/csv-export.controller.js';
import { ScimController } from '../scim/scim.controller.js';
import { SsoController } from '../sso/sso.controller.js';
import { CORE_CSV_EXPORTS, CORE_EVENTS, CORE_EVENT_HANDLERS, CORE_JOB_HANDLERS, CORE_RESOLVERS, CORE_SERVICES } from './core-parts.js';
import { HealthController, METRICS, type Metrics } from './health.controller.js';
import { HttpErrorFilter } from './http-error.filter.js';
import { CADRE_CONFIG, CSV_EXPORTS, EVENT_DEFINITIONS, ENABLED_PLUGINS, PERMISSION_REGISTRY, QUEUE_RUNNER, REDIS } from './tokens.js';

export interface AppModuleParts {
  config: CadreConfig;
  dataSource: DataSource;
  runner: QueueRunner;
  redis: Redis | null;
  registry: PermissionRegistry;
  installed: PluginDefinition[];
  enabled: PluginDefinition[];
  metrics: Metrics;
  log: Logger;
}

// 15 is the depth of the standard introspection query (GraphiQL, codegen against a live server).
const MAX_DEPTH = 15;

/** `<id>Plugin` in PascalCase, e.g. `attractionPlugin` → `AttractionPlugin`. */
const moduleName = (id: string) => `${id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}Plugin`;

/** The Nest module tree: a global core module, one module per enabled plugin, GraphQL on top. */
export function buildAppModule(parts: AppModuleParts): Type {
  @Module({})
  class CoreModule {}
  const core: DynamicModule = {
    module: CoreModule,
    global: true,
    providers: [
      { provide: CADRE_CONFIG, useValue: parts.config },
      { provide: DATA_SOURCE, useValue: parts.dataSource },
      { provide: PERMISSION_REGISTRY, useValue: parts.registry },
      { provide: ENABLED_PLUGINS, useValue: parts.enabled },
      { provide: INSTALLED_PLUGINS, useValue: parts.installed },
      { provide: METRICS, useValue: parts.metrics },
      { provide: QUEUE_RUNNER, useValue: parts.runner },
      { provide: REDIS, useValue: parts.redis },
      { provide: EVENT_DEFINITIONS, useValue: [...CORE_EVENTS, ...parts.enabled.flatMap((p) => p.events ?? [])] },
      { provide: CSV_EXPORTS, useValue: [...CORE_CSV_EXPORTS, ...parts.enabled.flatMap((p) => p.csvExports ?? [])] },
      { provide: APP_GUARD, useClass: AccessGuard },
      { provide: APP_FILTER, useClass: HttpErrorFilter },
      { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      { provide: APP_PIPE, useFactory: createValidationPipe },
      ...CORE_SERVICES,
      ...CORE_RESOLVERS,
      ...CORE_EVENT_HANDLERS,
      ...CORE_JOB_HANDLERS,
    ],
    controllers: [HealthController, CsvExportController, ScimController, SsoController],
    exports: [CADRE_CONFIG, DATA_SOURCE, PERMISSION_REGISTRY, ENABLED_PLUGINS, QUEUE_RUNNER, REDIS, ...CORE_SERVICES],
  };

  const pluginModules = new Map<string, DynamicModule>();
  for (const plugin of parts.enabled) {
    const PluginModule = class {};
    Object.defineProperty(PluginModule, 'name', { value: moduleName(plugin.id) });
    Module({})(PluginModule);
    pluginModules.set(plugin.id, {
      module: PluginModule,
      // Optional dependencies that are enabled come first in the order, so their modules exist here.
      imports: [...(plugin.dependencies ?? []), ...(plugin.optionalDependencies ?? []).filter((d) => pluginModules.has(d))].map((d) => pluginModules.get(d)!),
      providers: [...(plugin.providers ?? []), ...(plugin.resolvers ?? []), ...(plugin.eventHandlers ?? []), ...(plugin.jobs ?? [])],
      controllers: plugin.controllers ?? [],
      exports: plugin.exports ?? [],
    });
  }

  const graphql = GraphQLModule.forRoot<MercuriusDriverConfig>({
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: !parts.config.production,
    // Guards check every resolved field's permission; the one interceptor (a mutation's unit of work) is for root fields only.
    fieldResolverEnhancers: ['guards'],
    transformSchema: protectSensitiveFields,
    queryDepth: MAX_DEPTH,
    // A document seen once more is compiled to JavaScript (graphql-jit): the people page spent an
    // eighth of its CPU in graphql-js's generic executor.
    jit: 1,
    // Parsed and validated documents are cached; cost (which needs the variables) and
    // introspection are checked per request before execution.
    hooks: { preExecution: guardRequest(parts.config.production) },
    context: (request: unknown, reply: unknown) => ({ req: request, reply }),
    errorFormatter: (execution: { data?: unknown; errors?: readonly import('graphql').GraphQLError[] }) => ({
      // A request refused before GraphQL ran keeps its HTTP status (413 for a body over the limit).
      statusCode: (!execution.data && execution.errors?.length === 1 && requestRefusalStatus(execution.errors[0])) || 200,
      response: { data: execution.data ?? null, errors: (execution.errors ?? []).map((e) => formatGraphQLError(e, parts.log)) },
    }),
  } as MercuriusDriverConfig);

  @Module({ imports: [core, ...pluginModules.values(), graphql] })
  class CadreAppModule {}
  return CadreAppModule;
}
