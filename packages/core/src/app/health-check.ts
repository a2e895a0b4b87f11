import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: 'sqlite' | 'postgres';
  checks: { database: 'up' | 'down'; redis: 'up' | 'down' | 'not configured' };
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/** Readiness: the database and (when configured) Redis each answer within a second. */
export async function checkHealth(dataSource: DataSource, redis: Redis | null): Promise<HealthReport> {
  const database = await withTimeout(dataSource.query('SELECT 1'), 1000).then(() => 'up' as const, () => 'down' as const);
  const redisState = !redis ? ('not configured' as const) : await withTimeout(redis.ping(), 1000).then(() => 'up' as const, () => 'down' as const);
  const ok = database === 'up' && redisState !== 'down';
  return { status: ok ? 'ok' : 'unavailable', database: dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite', checks: { database, redis: redisState } };
}
