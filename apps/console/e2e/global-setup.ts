// One real server for the whole e2e run (its boot dominates the run time on two cores); the
// suites share it and each signs in in its own browser context.
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  server = await startServer();
  project.provide('baseURL', server.url);
}

export async function teardown() {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
