import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import { RequestContexts } from '../context/request-context.js';
import type { TenantEntity } from './base.entity.js';
import { type ManagerSource, ScopedRepository } from './scoped-repository.js';

export const DATA_SOURCE = Symbol.for('cadre.data-source');

interface TxState {
  manager: EntityManager;
  afterCommit: Array<() => void | Promise<void>>;
}

const txStorage = new AsyncLocalStorage<TxState>();

/**
 * The data layer plugins and core services use: tenant-scoped repositories and transactions.
 * Inside `transaction()` every repository (and the outbox) shares one EntityManager.
 */
@Injectable()
export class DataService implements ManagerSource {
  // SQLite has one connection: concurrent transactions on it would interleave, so they queue.
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return txStorage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return txStorage.getStore() !== undefined;
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

  /** Runs `fn` in one transaction (joining an open one); after-commit hooks run once it commits. */
  async transaction<R>(fn: (manager: EntityManager) => Promise<R>): Promise<R> {
    const open = txStorage.getStore();
    if (open) return fn(open.manager);
    const run = async () => {
      const state: TxState = { manager: this.dataSource.manager, afterCommit: [] };
      const result = await this.dataSource.transaction((manager) => {
        state.manager = manager;
        return txStorage.run(state, () => fn(manager));
      });
      return { result, hooks: state.afterCommit };
    };
    let done: { result: R; hooks: TxState['afterCommit'] };
    if (this.dataSource.options.type !== 'better-sqlite3') done = await run();
    else {
      const next = this.sqliteQueue.then(run, run);
      this.sqliteQueue = next.catch(() => undefined);
      done = await next;
    }
    // Hooks run after the queue slot is released, so they may open transactions of their own.
    for (const hook of done.hooks) await hook();
    return done.result;
  }

  /** Schedules work for after the surrounding transaction commits (immediately when there is none). */
  afterCommit(hook: () => void | Promise<void>): void {
    const open = txStorage.getStore();
    if (open) open.afterCommit.push(hook);
    else void Promise.resolve().then(hook);
  }
}
