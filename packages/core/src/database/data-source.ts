import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { CadreConfig } from '../config/config.js';
import { DataVersionSubscriber } from './data-version.subscriber.js';
import { DatabaseInUseError } from './database-in-use.error.js';
import { isSqliteBusy } from './db-errors.js';

interface SqliteHandle {
  pragma: (s: string) => unknown;
  exec: (sql: string) => unknown;
}

/**
 * One process owns a SQLite file: the exclusive locking mode holds the file lock from the first
 * statement until the process ends (the kernel drops it on kill -9), so a second server or CLI
 * on the same file stops at once with DatabaseInUseError instead of failing writes later.
 */
function prepareSqlite(path: string, db: SqliteHandle): void {
  const file = path !== ':memory:';
  try {
    db.pragma('busy_timeout = 1000');
    if (file) db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    if (file) db.exec('BEGIN IMMEDIATE; COMMIT;');
  } catch (error) {
    if (isSqliteBusy(error)) throw new DatabaseInUseError(path);
    throw error;
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Statistics for the query planner (without them a 20 000-person tenant's `id IN (…)` scanned the
  // tenant index): analyse what changed since the last time, now and on every later start.
  if (file) db.pragma('optimize = 0x10002');
}

/** One TypeORM DataSource for the core's and the enabled plugins' entities; never synchronize. */
export function createDataSource(database: CadreConfig['database'], entities: MixedList<Function>): DataSource {
  let options: DataSourceOptions;
  if (database.type === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    options = {
      type: 'better-sqlite3',
      database: database.path,
      entities,
      subscribers: [DataVersionSubscriber],
      synchronize: false,
      migrationsRun: false,
      prepareDatabase: (db: SqliteHandle) => prepareSqlite(database.path, db),
    };
  } else {
    options = {
      type: 'postgres',
      url: database.url,
      schema: database.schema,
      entities,
      subscribers: [DataVersionSubscriber],
      synchronize: false,
      migrationsRun: false,
      extra: database.schema ? { options: `-c search_path=${database.schema}` } : {},
    };
  }
  return new DataSource(options);
}
