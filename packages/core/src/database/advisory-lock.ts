import type { DataSource } from 'typeorm';

/**
 * Runs `fn` while holding a database-wide lock named `name` (per PostgreSQL schema), so several
 * processes starting at once migrate and seed one after another. SQLite needs none: one process
 * owns the file (see createDataSource).
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, name: string, fn: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'postgres') return fn();
  const key = `cadre:${(dataSource.options as { schema?: string }).schema ?? 'public'}:${name}`;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
    try {
      return await fn();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  } finally {
    await runner.release();
  }
}
