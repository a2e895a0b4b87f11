import DataLoader from 'dataloader';
import { RequestContexts } from './request-context.js';

/**
 * A DataLoader that lives as long as the current request: every `load(key)` made while GraphQL
 * resolves one level of a query is answered by one batched call (no N+1), and repeated keys by
 * its cache. `batch` must return one value (or null) per key, in the keys' order. Outside a
 * request (jobs, seeds) it batches without caching.
 */
export function requestLoader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | null>>): DataLoader<K, V | null> {
  const ctx = RequestContexts.current();
  if (!ctx) return new DataLoader<K, V | null>(batch, { cache: false });
  ctx.loaders ??= new Map();
  let loader = ctx.loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch);
    ctx.loaders.set(name, loader);
  }
  return loader;
}

/** Orders batched rows by the requested keys (null where a key has none). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}
