// Starts the REAL server (`node apps/server/dist/main.js`) as an operator would: a fresh data
// dir (so a fresh SQLite database, seeded with the demo tenant), a free port, and this app's
// build as the console. Resolves once it prints where it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

// CADRE_E2E_SERVER_MAIN points the suite at another build of the server (e.g. a checkout of main).
const MAIN = process.env.CADRE_E2E_SERVER_MAIN || resolve(import.meta.dirname, '../../../server/dist/main.js');
export const CONSOLE_DIR = resolve(import.meta.dirname, '../../dist');

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** `deployment`: run in that directory with its own data folder and the console it built there (`cadre console build`). */
export async function startServer(env: Record<string, string> = {}, deployment?: string): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (pnpm --filter @cadre/server... build)`);
  if (!deployment && !existsSync(join(CONSOLE_DIR, 'index.html'))) throw new Error(`${CONSOLE_DIR}/index.html is missing: build the console first (pnpm --filter @cadre/console build)`);
  const dataDir = deployment ? join(deployment, 'data') : mkdtempSync(join(tmpdir(), 'cadre-console-e2e-'));
  const { CADRE_CONSOLE_DIR: _inherited, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: deployment,
    env: {
      ...inherited,
      // SQLite in a fresh directory, whatever the caller's environment points at.
      DATABASE_URL: '',
      CADRE_DATA_DIR: dataDir,
      ...(deployment ? {} : { CADRE_CONSOLE_DIR: CONSOLE_DIR }),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'development',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (http:\/\/\S+)/.exec(output)?.[1];
      // The demo logins are printed after the URL: then seeding is done.
      if (found && /employee@demo\.local/.test(output)) resolvePromise(found);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!deployment) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The shared server of the worker running this file. The run starts one per worker
 * (global-setup), so two files running at once never share a database; the files one worker
 * runs share its server, as all files did when they ran one at a time.
 */
export function sharedServerURL(): string {
  const urls = inject('baseURLs');
  return urls[(Number(process.env.VITEST_POOL_ID ?? '1') - 1) % urls.length];
}
