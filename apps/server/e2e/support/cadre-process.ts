import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from '@cadre/core/vendor/orm';

// Real server processes (`node dist/main.js`, as an operator starts it) on a database of their
// own: a SQLite file, or a fresh schema in the PostgreSQL of DATABASE_URL.

const MAIN = resolve(import.meta.dirname, '../../dist/main.js');
const CLI = resolve(import.meta.dirname, '../../../cli/dist/main.js');
const SECRET = 'concurrency-secret-concurrency-secret-01';
export const PG_URL = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  env: Record<string, string>;
  /** The SQLite file, for a look after the servers stopped. */
  file?: string;
  /** Runs SQL on the database from outside the server (PostgreSQL any time, SQLite with no server running). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A new empty database: PostgreSQL when DATABASE_URL points at one (or `kind` asks for it), SQLite otherwise. */
export async function createDatabase(kind: 'sqlite' | 'postgres' = PG_URL ? 'postgres' : 'sqlite'): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-proc-'));
  if (kind === 'sqlite') {
    const file = join(dir, 'cadre.sqlite');
    return {
      kind, file,
      env: { DATABASE_URL: `sqlite:${file}`, CADRE_DATA_DIR: dir },
      async query(sql, params) {
        const ds = new DataSource({ type: 'better-sqlite3', database: file });
        await ds.initialize();
        try {
          return await ds.query(sql, params);
        } finally {
          await ds.destroy();
        }
      },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!PG_URL) throw new Error('PostgreSQL tests need DATABASE_URL=postgres://…');
  const schema = `p_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const ds = new DataSource({ type: 'postgres', url: PG_URL, extra: { options: `-c search_path=${schema}`, max: 2 } });
  await ds.initialize();
  await ds.query(`CREATE SCHEMA "${schema}"`);
  return {
    kind,
    env: { DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema, CADRE_DATA_DIR: dir, CADRE_QUEUE_PREFIX: schema },
    query: (sql, params) => ds.query(sql, params),
    async drop() {
      await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
      await ds.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CadreProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and waits for the exit; SIGKILL is `kill -9`. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartResult {
  process?: CadreProcess;
  output: string;
  code?: number | null;
}

const running = new Set<ChildProcess>();

/** Starts `node dist/main.js`; resolves once it prints its URL (and the demo logins), or with its exit. */
export function launch(db: TestDatabase, env: Record<string, string> = {}, args: string[] = [MAIN], ready = /running at (http:\/\/\S+)/): Promise<StartResult> {
  // Redis only when a test asks for it (queues are keyed by CADRE_QUEUE_PREFIX, one per database).
  const child = spawn(process.execPath, args, {
    env: { ...process.env, REDIS_URL: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CADRE_JWT_SECRET: SECRET, CADRE_WEBHOOK_SECRET: SECRET, ...db.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      done({ code, signal });
    });
  });
  return new Promise((done) => {
    let started = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = ready.exec(output)?.[1];
      const isReady = url && (args[0] !== MAIN || env.CADRE_DEMO === 'false' || env.NODE_ENV === 'production' || /employee@demo\.local/.test(output));
      if (isReady && !started) {
        started = true;
        done({
          output,
          process: {
            url, child, exited,
            output: () => output,
            stop(signal = 'SIGTERM') {
              if (child.exitCode === null && child.signalCode === null) child.kill(signal);
              return exited;
            },
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => {
      if (!started) done({ output, code });
    });
  });
}

/** Like launch, but fails the test with the process output when it does not start. */
export async function start(db: TestDatabase, env: Record<string, string> = {}): Promise<CadreProcess> {
  const result = await launch(db, env);
  if (!result.process) throw new Error(`the server did not start (exit ${result.code}):\n${result.output}`);
  return result.process;
}

/** `cadre worker` (needs REDIS_URL in `env`): resolves with its health URL once it works the queues. */
export async function startWorker(db: TestDatabase, env: Record<string, string>, queues = 'all'): Promise<CadreProcess> {
  const result = await launch(db, env, [CLI, 'worker', '--queues', queues, '--health-port', '0', '--health-host', '127.0.0.1'], /health at (http:\/\/\S+)\/health/);
  if (!result.process) throw new Error(`the worker did not start (exit ${result.code}):\n${result.output}`);
  return result.process;
}

/** Kills whatever a test left running (afterAll). */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((child) => new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  })));
}
