import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphQLClient } from '@cadre/core/testing';
import { afterEach, describe, expect, it } from 'vitest';

const MAIN = resolve(import.meta.dirname, '../dist/main.js');
let child: ChildProcess | undefined;
let dir: string | undefined;

/** Starts `node dist/main.js` as an operator would and resolves with its URL (or its exit output). */
function start(env: Record<string, string>): Promise<{ url?: string; output: string; code?: number | null }> {
  dir = mkdtempSync(join(tmpdir(), 'cadre-start-'));
  child = spawn(process.execPath, [MAIN], { env: { ...process.env, DATABASE_URL: '', CADRE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env } });
  let output = '';
  return new Promise((resolvePromise) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      // Outside production the demo logins follow the URL line.
      if (url && (env.NODE_ENV === 'production' || /employee@demo\.local/.test(output))) resolvePromise({ url, output });
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.on('exit', (code) => resolvePromise({ output, code }));
  });
}

afterEach(() => {
  child?.kill();
  child = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('starting the server', () => {
  it('migrates, seeds the demo on an empty database and prints the logins', async () => {
    const { url, output } = await start({});
    expect(url).toBeDefined();
    expect(output).toMatch(/owner@demo\.local/);
    const client = new GraphQLClient(url!);
    const login = await client.data('mutation { login(email: "owner@demo.local", password: "demo1234") { accessToken } }');
    const { people } = await new GraphQLClient(url!, login.login.accessToken).data('{ people { totalCount } }');
    expect(people.totalCount).toBeGreaterThanOrEqual(60);
  });

  it('refuses production mode without secrets, naming them', async () => {
    const { url, output, code } = await start({ NODE_ENV: 'production' });
    expect(url).toBeUndefined();
    expect(code).toBe(1);
    expect(output).toMatch(/CADRE_JWT_SECRET: required when NODE_ENV=production/);
  });

  it('never seeds demo data in production', async () => {
    const secret = 'x'.repeat(40);
    const { url } = await start({ NODE_ENV: 'production', CADRE_JWT_SECRET: secret, CADRE_WEBHOOK_SECRET: secret });
    const r = await new GraphQLClient(url!).request('mutation { login(email: "owner@demo.local", password: "demo1234") { accessToken } }');
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
