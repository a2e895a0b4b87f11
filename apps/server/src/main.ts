#!/usr/bin/env node
import { ConfigError, DatabaseInUseError, DEMO_ACCOUNTS, DEMO_PASSWORD, PluginValidationError } from '@cadre/core';
import { startServer } from './server.js';

try {
  const { app, url } = await startServer({ demo: process.env.CADRE_DEMO !== 'false' });
  const production = process.env.NODE_ENV === 'production';
  console.log(`\nCadre is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/health)`);
  if (!production) {
    console.log(`Demo tenant "demo", password ${DEMO_PASSWORD}:`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(24)} ${a.roles.join(', ')}`);
  }
  const stop = async (signal: string) => {
    app.log.info(`${signal}: stopping (requests in flight may take up to the grace period)`);
    // Requests still computing after the grace period (their connections are closed by then) must
    // not hold the process: a stop that cannot finish in time ends it, and says so.
    setTimeout(() => {
      app.log.warn('stopping took longer than the grace period allows: exiting with work abandoned (its transactions roll back)');
      process.exit(1);
    }, (app.config.shutdownGraceSeconds + 10) * 1000).unref();
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof PluginValidationError || error instanceof DatabaseInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
