import type { EntityManager, EntityTarget, FindManyOptions, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../graphql/errors.js';
import type { TenantEntity } from './base.entity.js';

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

/** Where a repository gets its EntityManager (the open transaction's, if any) and how it writes. */
export interface ManagerSource {
  readonly manager: EntityManager;
  /** True inside a transaction on PostgreSQL: `get` then locks the row it returns. */
  readonly locksRows: boolean;
  /** Runs a write so that it cannot interleave with another transaction (SQLite has one connection). */
  write<R>(fn: () => Promise<R>): Promise<R>;
}

/**
 * A repository that can only see and write the current tenant's rows. Every read gets
 * `tenantId = :current` added and every write sets it, so no resolver or service can forget.
 *
 * Concurrency by default: inside a transaction (every GraphQL mutation and event delivery is
 * one) `get(id)` locks the row until commit, so the read-check-write of a state transition
 * cannot interleave with another. Read rows you do not change with `findOneBy`/`find`.
 */
export class ScopedRepository<T extends TenantEntity> {
  constructor(
    private readonly source: ManagerSource,
    private readonly entity: EntityTarget<T>,
    private readonly tenantId: string,
    private readonly label: string,
  ) {}

  private scope(where?: Where<T>): Where<T> {
    const tenant = { tenantId: this.tenantId } as FindOptionsWhere<T>;
    if (!where) return tenant;
    if (Array.isArray(where)) return where.map((w) => ({ ...w, ...tenant }));
    return { ...where, ...tenant };
  }

  private get repo() {
    return this.source.manager.getRepository(this.entity);
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repo.find({ ...options, where: this.scope(options.where as Where<T>) });
  }

  findBy(where: Where<T>): Promise<T[]> {
    return this.repo.findBy(this.scope(where));
  }

  findOneBy(where: Where<T>): Promise<T | null> {
    return this.repo.findOneBy(this.scope(where));
  }

  /**
   * The row with this id in the current tenant, or NOT_FOUND (also for another tenant's id).
   * In a transaction on PostgreSQL the row stays locked (FOR NO KEY UPDATE) until commit; on
   * SQLite the transaction queue gives the same guarantee. `lock: 'share'` takes a shared lock
   * (FOR SHARE) instead: many holders at once (answers to one survey), none while another holds
   * the row for update (the survey being closed) — so a state read stays true until commit.
   */
  async get(id: string, options: { lock?: boolean | 'share' } = {}): Promise<T> {
    const where = this.scope({ id } as FindOptionsWhere<T>);
    const lock = this.source.locksRows && options.lock !== false;
    const mode = options.lock === 'share' ? 'pessimistic_read' : 'for_no_key_update';
    const row = lock ? await this.repo.findOne({ where, lock: { mode } }) : await this.repo.findOneBy(where);
    if (!row) throw new NotFoundError(this.label, id);
    return row;
  }

  /** The row for reading only (never locked), or NOT_FOUND: `get(id, { lock: false })`. */
  read(id: string): Promise<T> {
    return this.get(id, { lock: false });
  }

  /** Whether a row with this id exists in the current tenant (never locks). */
  async exists(id: string): Promise<boolean> {
    return (await this.repo.countBy(this.scope({ id } as FindOptionsWhere<T>))) > 0;
  }

  count(where?: Where<T>): Promise<number> {
    return this.repo.countBy(this.scope(where));
  }

  create(values: Partial<T>): T {
    return this.repo.create({ ...values, tenantId: this.tenantId } as T);
  }

  /** Inserts or updates; refuses a row that belongs to another tenant. */
  async save(entity: T): Promise<T> {
    if (entity.tenantId && entity.tenantId !== this.tenantId) throw new NotFoundError(this.label, entity.id);
    entity.tenantId = this.tenantId;
    return this.source.write(() => this.repo.save(entity));
  }

  async saveMany(entities: T[]): Promise<T[]> {
    for (const e of entities) {
      if (e.tenantId && e.tenantId !== this.tenantId) throw new NotFoundError(this.label, e.id);
      e.tenantId = this.tenantId;
    }
    return this.source.write(() => this.repo.save(entities, { chunk: 200 }));
  }

  async remove(entity: T): Promise<void> {
    if (entity.tenantId !== this.tenantId) throw new NotFoundError(this.label, entity.id);
    await this.source.write(() => this.repo.delete({ id: entity.id, tenantId: this.tenantId } as FindOptionsWhere<T>));
  }

  async deleteBy(where: Where<T>): Promise<number> {
    const scoped = this.scope(where);
    return this.source.write(async () => {
      let affected = 0;
      for (const w of Array.isArray(scoped) ? scoped : [scoped]) affected += (await this.repo.delete(w)).affected ?? 0;
      return affected;
    });
  }

  /**
   * Only `columns` of the rows `filter` selects, as plain objects with the values the entity
   * would hold (transformers and types applied) but no entity built: TypeORM's hydration of
   * thousands of rows costs more than reading them. The query's alias is `r`.
   */
  async project<K extends keyof T & string>(columns: readonly K[], filter: (q: SelectQueryBuilder<T>) => SelectQueryBuilder<T>): Promise<Array<Pick<T, K>>> {
    const { metadata, manager } = this.repo;
    const fields = columns.map((c) => {
      const column = metadata.findColumnWithPropertyName(c);
      if (!column) throw new Error(`${metadata.name} has no column ${c}`);
      return { name: c, key: `r_${column.databaseName}`, column };
    });
    const raws = await filter(this.query('r').select(columns.map((c) => `r.${c}`))).getRawMany<Record<string, unknown>>();
    const driver = manager.connection.driver;
    return raws.map((raw) => {
      const row = {} as Pick<T, K>;
      for (const f of fields) row[f.name] = driver.prepareHydratedValue(raw[f.key], f.column);
      return row;
    });
  }

  /** A query builder that already filters on the tenant; add further conditions with andWhere. */
  query(alias: string): SelectQueryBuilder<T> {
    return this.repo.createQueryBuilder(alias).where(`${alias}.tenantId = :__tenantId`, { __tenantId: this.tenantId });
  }
}

export type AnyEntity = ObjectLiteral;

/**
 * How many rows a query without joins selects: COUNT(*), where TypeORM's getCount() counts
 * DISTINCT ids (on PostgreSQL 18 ms instead of 5 for 20 000 people).
 */
export async function countRows(q: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const row = await q.clone().orderBy().select('COUNT(*)', 'n').getRawOne<{ n: string | number }>();
  return Number(row?.n ?? 0);
}
