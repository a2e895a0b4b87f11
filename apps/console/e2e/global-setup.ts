// One real server per worker for the whole e2e run (a server's boot dominates a file's time on
// two cores): the files a worker runs share its server, each signing in in its own browser
// context, and files running at once are on different servers.
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from './support/server';

let servers: RunningServer[] = [];

export async function setup(project: TestProject) {
  const workers = Number(project.config.maxWorkers) || 1;
  servers = await Promise.all(Array.from({ length: workers }, () => startServer()));
  project.provide('baseURLs', servers.map((s) => s.url));
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.stop()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURLs: string[];
  }
}
