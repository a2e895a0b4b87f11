import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { CadreConfig } from '../config/config.js';

/** One TypeORM DataSource for the core's and the enabled plugins' entities; never synchronize. */
export function createDataSource(database: CadreConfig['database'], entities: MixedList<Function>): DataSource {
  let options: DataSourceOptions;
  if (database.type === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    options = {
      type: 'better-sqlite3',
      database: database.path,
      entities,
      synchronize: false,
      migrationsRun: false,
      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  } else {
    options = {
      type: 'postgres',
      url: database.url,
      schema: database.schema,
      entities,
      synchronize: false,
      migrationsRun: false,
      extra: database.schema ? { options: `-c search_path=${database.schema}` } : {},
    };
  }
  return new DataSource(options);
}
