import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { msg, negotiateLocale, translate } from '../i18n/msg.js';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { CORE_PERMISSIONS } from '../access/core-permissions.js';
import { PermissionRegistry } from '../access/permission-registry.js';
import { ContextService } from '../auth/context.service.js';
import type { CadreConfig } from '../config/config.js';
import { RequestContexts } from '../context/request-context.js';
import { createDataSource } from '../database/data-source.js';
import { runMigrations, type MigrationSet } from '../database/migration-runner.js';
import { startBackground } from '../jobs/background.js';
import { BullQueueRunner } from '../jobs/bull-queue-runner.js';
import { LocalQueueRunner } from '../jobs/local-queue-runner.js';
import type { QueueRunner } from '../jobs/queue-runner.js';
import type { PluginDefinition } from '../plugins/plugin-definition.js';
import { tableNames, validatePlugins } from '../plugins/plugin-host.js';
import { resolvePlugins } from '../plugins/plugin-packages.js';
import { staleConsoleWarning } from './console-manifest.js';
import { buildAppModule } from './app-module.js';
import { CORE_ENTITIES, CORE_EVENT_HANDLERS, CORE_JOB_HANDLERS, CORE_MIGRATIONS, CORE_RESOLVERS } from './core-parts.js';
import { connectRedis } from './redis.js';
import { nulInValue } from '../graphql/request-guard.js';
import { gracefulHttp } from './graceful-http.js';
import { createMetrics } from './health.controller.js';
import { registerSecurityHeaders } from './security-headers.js';
import { PinoNestLogger, createLogger } from './logger.js';

export interface CadreAppOptions {
  config: CadreConfig;
  /** The build's plugins; `config.plugins` chooses among them and adds plugin packages (see resolvePlugins). */
  plugins: PluginDefinition[];
  log?: Logger;
}

export interface PreparedDatabase {
  dataSource: DataSource;
  registry: PermissionRegistry;
  /** The build's plugins and those loaded from packages. */
  installed: PluginDefinition[];
  enabled: PluginDefinition[];
}

/** The configuration phase: validate plugins, connect, migrate. Nothing else needs the network. */
export async function prepareDatabase(options: CadreAppOptions, log: (line: string) => void = () => {}): Promise<PreparedDatabase> {
  const { installed, enabledIds } = await resolvePlugins(options.plugins, options.config.plugins, options.config.pluginRoot);
  const enabled = validatePlugins(installed, enabledIds, tableNames(CORE_ENTITIES), CORE_RESOLVERS);
  const registry = new PermissionRegistry();
  registry.add('core', CORE_PERMISSIONS);
  for (const plugin of enabled) registry.add(plugin.id, plugin.permissions ?? []);
  const entities = [...CORE_ENTITIES, ...enabled.flatMap((p) => p.entities ?? [])];
  const dataSource = createDataSource(options.config.database, entities);
  await dataSource.initialize();
  const sets: MigrationSet[] = [{ owner: 'core', migrations: CORE_MIGRATIONS }, ...enabled.map((p) => ({ owner: p.id, migrations: p.migrations ?? [] }))];
  try {
    await runMigrations(dataSource, sets, log);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, registry, installed, enabled };
}

export interface CadreApp {
  app: NestFastifyApplication;
  config: CadreConfig;
  dataSource: DataSource;
  enabled: PluginDefinition[];
  log: Logger;
  listen(port?: number, host?: string): Promise<string>;
  /**
   * Stops gracefully: no new requests (503 on open connections, nothing accepted), requests in
   * flight finish (their connections close after the answer) within the grace period, then the
   * event bus finishes its current delivery and the database closes.
   */
  close(): Promise<void>;
}

/** Builds the whole server (not yet listening): core, enabled plugins, GraphQL, health, console. */
export async function createCadreApp(options: CadreAppOptions): Promise<CadreApp> {
  const log = options.log ?? createLogger(options.config.logLevel);
  const { dataSource, registry, installed, enabled } = await prepareDatabase(options, (line) => log.info(line));
  const metrics = createMetrics();
  const redis = options.config.redisUrl ? connectRedis(options.config.redisUrl) : null;
  const runner: QueueRunner = redis ? new BullQueueRunner(redis, options.config.queuePrefix) : new LocalQueueRunner();
  const AppModule = buildAppModule({ config: options.config, dataSource, registry, installed, enabled, metrics, log, runner, redis });
  const adapter = new FastifyAdapter({ loggerInstance: log, trustProxy: options.config.trustProxy as string | boolean, bodyLimit: 20 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { logger: new PinoNestLogger(log), abortOnError: false, rawBody: true });

  const contexts = app.get(ContextService);
  const fastify = app.getHttpAdapter().getInstance();
  const http = gracefulHttp(fastify, options.config.shutdownGraceSeconds);
  // SCIM clients send application/scim+json (RFC 7644 §3.1).
  fastify.addContentTypeParser('application/scim+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? {} : JSON.parse(body as string));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });
  fastify.addHook('onRequest', (request, _reply, done) => {
    contexts.fromRequest(request).then((ctx) => RequestContexts.run({ ...ctx, locale: negotiateLocale(request.headers) }, () => done()), (error: Error) => done(error));
  });
  // HTTP routes (webhooks) get the same rule as GraphQL inputs: no U+0000, which PostgreSQL text refuses.
  fastify.addHook('preHandler', (request, reply, done) => {
    const found = request.url.startsWith('/graphql') ? undefined : nulInValue(request.body, 'body');
    if (!found) return done();
    const problem = translate(msg`must not contain the NUL character (U+0000)`, negotiateLocale(request.headers));
    void reply.code(400).send({ code: 'BAD_USER_INPUT', field: found, message: [found, problem].join(': ') });
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions?.url ?? 'unknown';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
  registerSecurityHeaders(fastify, { graphiql: !options.config.production });
  const builtIn = new Set(options.plugins.map((p) => p.id));
  await serveConsole(app, options.config, (options.config.plugins ?? []).filter((name) => !builtIn.has(name)), log);

  await app.init();
  startBackground(app, options.config, runner, {
    eventHandlers: [...CORE_EVENT_HANDLERS, ...enabled.flatMap((p) => p.eventHandlers ?? [])],
    jobHandlers: [...CORE_JOB_HANDLERS, ...enabled.flatMap((p) => p.jobs ?? [])],
  }, metrics);

  let closing: Promise<void> | undefined;
  const stop = async () => {
    await http.stop();
    // Jobs in hand finish (or go back to the queue), then the event bus, then the connections.
    await runner.close();
    await app.close();
    await redis?.quit().catch(() => undefined);
    // SQLite's advice: refresh the planner's statistics before closing (cheap when little changed).
    if (dataSource.isInitialized && dataSource.options.type === 'better-sqlite3') await dataSource.query('PRAGMA optimize').catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
  };
  return {
    app, dataSource, enabled, log, config: options.config,
    async listen(port = options.config.port, host = options.config.host) {
      await app.listen(port, host);
      const address = fastify.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`;
    },
    close: () => (closing ??= stop()),
  };
}

/** Serves the built console at / (same origin as /graphql) when it has been built. */
async function serveConsole(app: NestFastifyApplication, config: CadreConfig, packages: string[], log: Logger): Promise<void> {
  const dir = config.consoleDir;
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  // Which build is served, and whether it matches the plugin packages loaded (a stale build misses pages).
  log.info(`console: serving ${dir}`);
  const stale = staleConsoleWarning(dir, packages);
  if (stale) log.warn(stale);
  const { default: fastifyStatic } = await import('@fastify/static');
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false, index: ['index.html'] });
  // Deep links (e.g. /people/123) load the app; exact routes (/graphql, /health, assets) win.
  // Fastify allows one not-found handler and Nest owns it, so this is a wildcard route.
  fastify.get('/*', (request, reply) => {
    if ((request.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'Not Found', path: request.url });
  });
}
