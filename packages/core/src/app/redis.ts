import { Redis } from 'ioredis';

/**
 * One connection per process for queues, rate limits and cache invalidation. `maxRetriesPerRequest:
 * null` is what BullMQ's workers require; ioredis reconnects on its own while Redis is away.
 */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
  redis.on('error', () => undefined); // reported by /health; ioredis keeps retrying
  return redis;
}
