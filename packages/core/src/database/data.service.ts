import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { RequestContexts } from '../context/request-context.js';
import { ConflictError } from '../graphql/errors.js';
import type { TenantEntity } from './base.entity.js';
import { isRetryableConflict } from './db-errors.js';
import { ALL_TENANTS } from './data-version.subscriber.js';
import { type ManagerSource, ScopedRepository } from './scoped-repository.js';
import { SharedReads } from './shared-reads.js';

export const DATA_SOURCE = Symbol.for('cadre.data-source');

interface TxState {
  manager: EntityManager;
  afterCommit: Array<() => void | Promise<void>>;
}

const txStorage = new AsyncLocalStorage<TxState>();

/**
 * Thrown inside a transaction to keep what it wrote and still answer with `error` — e.g. a
 * replayed refresh token revokes its family for good, and the caller is told no.
 */
export class CommitThenFail extends Error {
  constructor(readonly error: Error) {
    super(error.message);
    this.name = 'CommitThenFail';
  }
}

/** How often a transaction that lost a deadlock or serialisation race is run again. */
const ATTEMPTS = 4;

/**
 * The data layer plugins and core services use: tenant-scoped repositories and transactions.
 * Inside `transaction()` every repository (and the outbox) shares one EntityManager, and
 * `repo.get(id)` locks the row it returns until the transaction ends (see ScopedRepository).
 */
@Injectable()
export class DataService implements ManagerSource {
  // SQLite has one connection: concurrent transactions on it would interleave, so they queue.
  // That queue also makes every read-check-write on SQLite safe without row locks.
  private sqliteQueue: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger('Data');
  private readonly sharedReads = new SharedReads();

  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return txStorage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return txStorage.getStore() !== undefined;
  }

  /**
   * A whole-list read (a taxonomy, a ladder) shared by the rest of the request, so that several
   * services asking for it cost one query. Not inside a transaction or for background work: a
   * write must read what it wrote. Dropped after each mutation like the request's loaders.
   * Treat the result as read-only: later callers get the same objects.
   */
  memo<R>(name: string, load: () => Promise<R>): Promise<R> {
    const ctx = RequestContexts.current();
    if (!ctx || ctx.system || this.inTransaction) return load();
    const key = `memo:${ctx.tenantId ?? ''}:${name}`;
    const loaders = (ctx.loaders ??= new Map());
    let hit = loaders.get(key) as Promise<R> | undefined;
    if (!hit) {
      hit = load();
      loaders.set(key, hit);
      hit.catch(() => loaders.delete(key));
    }
    return hit;
  }

  /**
   * A read shared by every request of the tenant until its data changes — a whole-company report
   * computed once instead of once per request. It is loaded again after any transaction that wrote
   * to the tenant commits, in this process or another on the same database (DataVersionSubscriber
   * raises the tenant's data version in that transaction), and after a minute at most. Concurrent
   * callers share one load. Inside a transaction it always loads: a write must read what it wrote.
   * The result must not depend on who asks (filter per viewer afterwards) and is read-only.
   */
  async shared<R>(name: string, load: () => Promise<R>): Promise<R> {
    const tenantId = RequestContexts.current()?.tenantId;
    if (!tenantId || this.inTransaction) return load();
    const version = await this.memo('data-version', () => this.dataVersion(tenantId));
    return this.sharedReads.get(`${tenantId}:${name}`, version, load);
  }

  /** The tenant's data version: raised by every committed write to it (or to no tenant). */
  async dataVersion(tenantId = RequestContexts.tenantId()): Promise<number> {
    const p = this.postgres ? ['$1', '$2'] : ['?', '?'];
    const [row] = await this.manager.query(`SELECT COALESCE(SUM(version), 0) AS v FROM data_versions WHERE scope IN (${p[0]}, ${p[1]})`, [tenantId, ALL_TENANTS]);
    return Number(row?.v ?? 0);
  }

  get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** Row locks are taken only where they mean something: in a transaction on PostgreSQL. */
  get locksRows(): boolean {
    return this.postgres && this.inTransaction;
  }

  /** A repository of the current tenant's rows of `entity`. */
  repo<T extends TenantEntity>(entity: EntityTarget<T>, tenantId = RequestContexts.tenantId()): ScopedRepository<T> {
    const label = typeof entity === 'function' ? entity.name.replace(/Entity$/, '') : String(entity);
    return new ScopedRepository<T>(this, entity, tenantId, label);
  }

  /**
   * Runs a write outside any open transaction safely: on SQLite it joins the transaction queue,
   * since TypeORM's own save() transaction would otherwise collide on the single connection.
   */
  write<R>(fn: () => Promise<R>): Promise<R> {
    if (this.inTransaction || this.dataSource.options.type !== 'better-sqlite3') return fn();
    return this.transaction(() => fn());
  }

  /**
   * Runs `fn` in one transaction (joining an open one); after-commit hooks run once it commits.
   * The outermost transaction is run again when PostgreSQL aborts it to break a deadlock or a
   * serialisation conflict (nothing of the failed attempt was kept); after the last attempt the
   * caller gets CONFLICT.
   */
  async transaction<R>(fn: (manager: EntityManager) => Promise<R>): Promise<R> {
    const open = txStorage.getStore();
    if (open) return fn(open.manager);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runOutermost(fn);
      } catch (error) {
        if (!isRetryableConflict(error)) throw error;
        // Visible, so that a lock-order problem shows up in the log rather than only as slowness.
        this.logger.warn(`transaction aborted by the database (${(error as { driverError?: { code?: string } }).driverError?.code ?? 'conflict'}), attempt ${attempt} of ${ATTEMPTS}`);
        if (attempt >= ATTEMPTS) throw new ConflictError('Someone else changed the same records at the same moment: reload and try again');
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
    }
  }

  /**
   * Serialises read-check-write work that spans many rows (a reporting line, a numbering):
   * holds the named lock for the current tenant until the transaction ends. On SQLite the
   * transaction queue already serialises writers, so nothing is needed there.
   */
  async lock(name: string, tenantId = RequestContexts.tenantId()): Promise<void> {
    await this.lockAll([name], tenantId);
  }

  /** Several named locks in one round trip, always taken in the same (sorted) order so two callers cannot deadlock. */
  async lockAll(names: string[], tenantId = RequestContexts.tenantId()): Promise<void> {
    if (!this.inTransaction) throw new Error(`lock(${names.join(', ')}) needs a transaction: call it inside data.transaction()`);
    if (!this.postgres || !names.length) return;
    const keys = [...new Set(names)].map((n) => `${tenantId}:${n}`).sort();
    // unnest yields the (sorted) array in order, and each lock is taken as its row is produced.
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k', [keys]);
  }

  /**
   * Brings the planner's statistics up to date after a bulk write (an import of thousands of
   * rows): until autovacuum gets to it, PostgreSQL still plans for the old row count (a people
   * page sorted 20 000 rows instead of reading the name index: 12 ms instead of 0.2 ms).
   * SQLite refreshes what changed enough (PRAGMA optimize). Call it after the commit.
   */
  async refreshStatistics(entities: EntityTarget<ObjectLiteral>[]): Promise<void> {
    if (!this.postgres) {
      await this.write(() => this.manager.query('PRAGMA optimize'));
      return;
    }
    for (const entity of entities) {
      const { schema, tableName } = this.dataSource.getMetadata(entity);
      await this.dataSource.query(`ANALYZE ${schema ? `"${schema}".` : ''}"${tableName}"`);
    }
  }

  /** Schedules work for after the surrounding transaction commits (immediately when there is none). */
  afterCommit(hook: () => void | Promise<void>): void {
    const open = txStorage.getStore();
    if (open) open.afterCommit.push(hook);
    else void Promise.resolve().then(hook);
  }

  private async runOutermost<R>(fn: (manager: EntityManager) => Promise<R>): Promise<R> {
    const run = async () => {
      const state: TxState = { manager: this.dataSource.manager, afterCommit: [] };
      const outcome = await this.dataSource.transaction((manager) => {
        state.manager = manager;
        return txStorage.run(state, async () => {
          try {
            return { result: await fn(manager) };
          } catch (error) {
            // Commit what was written, then answer with the error.
            if (error instanceof CommitThenFail) return { failure: error.error };
            throw error;
          }
        });
      });
      return { outcome, hooks: state.afterCommit };
    };
    let done: Awaited<ReturnType<typeof run>>;
    if (this.dataSource.options.type !== 'better-sqlite3') done = await run();
    else {
      const next = this.sqliteQueue.then(run, run);
      this.sqliteQueue = next.catch(() => undefined);
      done = await next;
    }
    // Hooks run after the queue slot is released, so they may open transactions of their own.
    for (const hook of done.hooks) await hook();
    if ('failure' in done.outcome) throw done.outcome.failure;
    return done.outcome.result as R;
  }
}
