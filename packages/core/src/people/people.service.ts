import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { likeContains } from '../database/like-contains.js';
import { RequestContexts } from '../context/request-context.js';
import { byKeys, requestLoader } from '../context/request-loader.js';
import { DataService } from '../database/data.service.js';
import { assertUnchangedSince } from '../database/unchanged-since.js';
import { keysetPage, type KeysetPage, type KeysetSort } from '../paging/keyset-page.js';
import { countRows } from '../database/scoped-repository.js';
import { ConflictError, ForbiddenError, UserInputError } from '../graphql/errors.js';
import { EventBus } from '../events/event-bus.service.js';
import { PersonEntity } from './person.entity.js';
import type { CreatePersonInput, PeopleFilter, UpdatePersonInput } from './person.inputs.js';
import { PersonCreated, PersonDeleted, PersonUpdated } from './people.events.js';
import { msg } from '../i18n/msg.js';
import { applyLeaving, todayUtc } from './departure.js';

export type PeoplePage = KeysetPage<PersonEntity>;

const BY_NAME: KeysetSort<PersonEntity> = { key: 'name', column: 'p.name', direction: 'ASC', value: (p) => p.name };

const SUMMARY_COLUMNS = ['id', 'name', 'title', 'level', 'managerId', 'orgUnitId', 'status'] as const;
const SUMMARY_CHUNK = 10_000;
/** The part of a person a row of a long list needs (see PeopleService.summaries). */
export type PersonSummary = Pick<PersonEntity, (typeof SUMMARY_COLUMNS)[number]>;

/** The columns `columnSql` gives plugins' SQL: a summary's, without the id they already hold. */
const PERSON_SQL_COLUMNS = ['name', 'title', 'level', 'managerId', 'orgUnitId', 'status'] as const;
export type PersonSqlColumn = (typeof PERSON_SQL_COLUMNS)[number];

/**
 * Changes to reporting lines (a manager set, a manager removed) take this lock, so two of them
 * cannot each pass the loop check against a state the other is about to change.
 */
export const REPORTING_LINES_LOCK = 'people.reporting-lines';

/** The list's filters that match a column exactly (search aside): the filter and its count's key. */
const EXACT_FILTERS = ['status', 'managerId', 'orgUnitId', 'level', 'track'] as const;

/** The employee record, the one thing every plugin shares. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly data: DataService,
    private readonly events: EventBus,
  ) {}

  private get people() {
    return this.data.repo(PersonEntity);
  }

  get(id: string): Promise<PersonEntity> {
    return this.people.get(id);
  }

  async list(filter: PeopleFilter = {}, first = 50, after?: string | null): Promise<PeoplePage> {
    const q = this.people.query('p');
    if (filter.search) {
      const term = likeContains(filter.search);
      q.andWhere(new Brackets((b) => b.where("LOWER(p.name) LIKE :term ESCAPE '\\'", { term }).orWhere("LOWER(p.email) LIKE :term ESCAPE '\\'", { term }).orWhere("LOWER(p.title) LIKE :term ESCAPE '\\'", { term })));
    }
    for (const key of EXACT_FILTERS) {
      if (filter[key]) q.andWhere(`p.${key} = :${key}`, { [key]: filter[key] });
    }
    // The list every user opens first: its count is shared until the tenant's data changes.
    const key = [filter.search, ...EXACT_FILTERS.map((k) => filter[k])].map((v) => v ?? '').join('\u0000');
    return keysetPage(q, { first, after, sort: BY_NAME, idColumn: 'p.id', count: (counted) => this.data.shared(`people.count:${key}`, () => countRows(counted)) });
  }

  /** Counts per value of `column` (active people only unless `allStatuses`), largest first. */
  async countBy(column: 'status' | 'level' | 'location' | 'track', allStatuses = false): Promise<Array<{ key: string; count: number }>> {
    const q = this.people.query('p').select(`p.${column}`, 'key').addSelect('COUNT(*)', 'count').groupBy(`p.${column}`);
    if (!allStatuses) q.andWhere('p.status = :active', { active: 'active' });
    const rows: Array<{ key: string | null; count: string | number }> = await q.getRawMany();
    return rows.map((r) => ({ key: r.key ?? '', count: Number(r.count) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }

  /** How many people (not terminated) each org unit has, counted in the database. */
  async countPerUnit(): Promise<Map<string, number>> {
    const rows: Array<{ key: string; count: string | number }> = await this.people.query('p').select('p.orgUnitId', 'key').addSelect('COUNT(*)', 'count')
      .andWhere('p.orgUnitId IS NOT NULL').andWhere('p.status <> :gone', { gone: 'terminated' }).groupBy('p.orgUnitId').getRawMany();
    return new Map(rows.map((r) => [r.key, Number(r.count)]));
  }

  /** The people (not terminated) whose org unit is one of `unitIds`, by name. */
  async inUnits(unitIds: string[]): Promise<PersonEntity[]> {
    if (!unitIds.length) return [];
    // Sorted by an expression, not the name column: otherwise SQLite reads the whole tenant in
    // name order through the name index (a tenant's size averaged over tenants hides a 20 000-
    // person tenant) instead of the unit's few people through the unit index (11 ms vs 0.1 ms).
    return this.people.query('p').andWhere('p.orgUnitId IN (:...unitIds)', { unitIds }).andWhere('p.status <> :gone', { gone: 'terminated' })
      .orderBy("p.name || ''", 'ASC').addOrderBy('p.id', 'ASC').getMany();
  }

  /** Everyone in the tenant (for plugins' batch work: scoring, seeding, analytics). */
  all(): Promise<PersonEntity[]> {
    return this.people.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /**
   * Everyone's summary (see `summaries`), ordered by name: for reports over the whole tenant that
   * need only names, statuses and the tree — a fraction of the cost of `all()` on a large tenant.
   */
  allSummaries(): Promise<PersonSummary[]> {
    return this.allColumns(SUMMARY_COLUMNS);
  }

  /**
   * Everyone, only the named columns, ordered by name: for plugins' work over the whole tenant
   * (attrition, pay positions) that needs a few columns of each person, without reading whole
   * people. Like all(), it checks no permission: the caller decides who may see what.
   */
  allColumns<K extends keyof PersonEntity & string>(columns: readonly K[]): Promise<Array<Pick<PersonEntity, K>>> {
    return this.people.project(columns, (q) => q.orderBy('r.name', 'ASC').addOrderBy('r.id', 'ASC'));
  }

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ email: email.trim().toLowerCase() });
  }

  async byIds(ids: string[]): Promise<PersonEntity[]> {
    if (!ids.length) return [];
    return this.people.query('p').andWhere('p.id IN (:...ids)', { ids }).getMany();
  }

  /**
   * Name, title, level and place in the tree of the given people, by id (unknown ids absent):
   * what lists of thousands of rows show beside each row, without reading whole people.
   */
  async summaries(ids: Iterable<string>): Promise<Map<string, PersonSummary>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, PersonSummary>();
    // In chunks: SQLite binds at most 32 766 parameters per statement, PostgreSQL 65 535.
    for (let i = 0; i < unique.length; i += SUMMARY_CHUNK) {
      const chunk = unique.slice(i, i + SUMMARY_CHUNK);
      for (const p of await this.people.project(SUMMARY_COLUMNS, (q) => q.andWhere('r.id IN (:...ids)', { ids: chunk }))) out.set(p.id, p);
    }
    return out;
  }

  /**
   * SQL for one column of the person whose id is in `personIdColumn` (a column of the caller's own
   * query, e.g. 'a."personId"'): a correlated subquery a plugin may put in its WHERE, GROUP BY or
   * ORDER BY, since it may not join the core's tables. NULL when the id is no person of the tenant
   * (:__tenantId, which every scoped query binds). The column reference is checked: never data.
   */
  columnSql(column: PersonSqlColumn, personIdColumn: string): string {
    if (!(PERSON_SQL_COLUMNS as readonly string[]).includes(column)) throw new Error(`columnSql: ${column} is not a person column plugins may read`);
    if (!/^[A-Za-z_]\w*\.(?:"\w+"|\w+)$/.test(personIdColumn)) throw new Error(`columnSql: ${personIdColumn} is not an alias.column reference`);
    return `(SELECT cadre_person."${column}" FROM people cadre_person WHERE cadre_person.id = ${personIdColumn} AND cadre_person."tenantId" = :__tenantId)`;
  }

  /** One person by id, batched with the other loads of the same request (a page's managers: one query). */
  load(id: string): Promise<PersonEntity | null> {
    return requestLoader<string, PersonEntity>('core.people.byId', async (ids) => byKeys(ids, await this.byIds([...ids]), (p) => p.id)).load(id);
  }

  /** Direct reports of a manager, ordered by name, batched per request like `load`. */
  async directReports(managerId: string): Promise<PersonEntity[]> {
    const lists = requestLoader<string, PersonEntity[]>('core.people.reportsOf', async (ids) => {
      const rows = await this.people.query('p').andWhere('p.managerId IN (:...ids)', { ids: [...ids] }).orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').getMany();
      return ids.map((id) => rows.filter((r) => r.managerId === id));
    });
    return (await lists.load(managerId)) ?? [];
  }

  async create(input: CreatePersonInput): Promise<PersonEntity> {
    if (input.compensation) this.requireCompWrite();
    return this.data.transaction(async () => {
      if (input.managerId) await this.data.lock(REPORTING_LINES_LOCK);
      const email = input.email.trim().toLowerCase();
      if (await this.people.findOneBy({ email })) throw new ConflictError(msg`input.email: a person with email ${email} already exists`, 'input.email');
      if (input.managerId) await this.requireManager(input.managerId, 'input.managerId');
      const person = this.people.create({
        name: input.name.trim(), email, title: input.title ?? '', level: input.level ?? '', track: (input.track ?? 'ic') as PersonEntity['track'],
        managerId: input.managerId ?? null, orgUnitId: input.orgUnitId ?? null, location: input.location ?? '', hireDate: input.hireDate ?? null,
        status: (input.status ?? 'active') as PersonEntity['status'], compBase: input.compensation?.base ?? null, compCurrency: input.compensation?.currency ?? null,
        leaveDate: null, leaveType: null, leaveRegretted: false, leaveReason: '',
      });
      const leaving = applyLeaving(person, input, null, todayUtc());
      await this.people.save(person);
      const detail = { ...(input.compensation ? { compensation: input.compensation } : {}), ...(leaving ? { departure: leaving.after } : {}) };
      this.auditDetail(person.id, null, Object.keys(detail).length ? detail : undefined);
      await this.events.emit(PersonCreated, { personId: person.id, fields: Object.keys(input) });
      return person;
    });
  }

  async update(id: string, input: UpdatePersonInput): Promise<PersonEntity> {
    if (input.compensation !== undefined) this.requireCompWrite();
    return this.data.transaction(async () => {
      if (input.managerId) await this.data.lock(REPORTING_LINES_LOCK);
      const person = await this.people.get(id);
      assertUnchangedSince(person, input.expectedUpdatedAt, person.name);
      const wasStatus = person.status;
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (input.email !== undefined) {
        const email = input.email.trim().toLowerCase();
        const other = await this.people.findOneBy({ email });
        if (other && other.id !== id) throw new ConflictError(msg`input.email: a person with email ${email} already exists`, 'input.email');
        input.email = email;
      }
      if (input.managerId) {
        await this.requireManager(input.managerId, 'input.managerId');
        if (input.managerId === id || (await this.chainAbove(input.managerId)).includes(id)) throw new UserInputError('input.managerId', 'would make a reporting loop');
      }
      for (const key of ['name', 'email', 'title', 'level', 'track', 'managerId', 'orgUnitId', 'location', 'hireDate', 'status'] as const) {
        if (input[key] === undefined || input[key] === person[key]) continue;
        before[key] = person[key];
        after[key] = input[key];
        (person as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (input.compensation !== undefined) {
        before.compensation = person.compBase === null ? null : { base: person.compBase, currency: person.compCurrency };
        after.compensation = input.compensation;
        person.compBase = input.compensation?.base ?? null;
        person.compCurrency = input.compensation?.currency ?? null;
      }
      const leaving = applyLeaving(person, input, wasStatus, todayUtc());
      if (leaving) {
        before.departure = leaving.before;
        after.departure = leaving.after;
      }
      await this.people.save(person);
      this.auditDetail(person.id, before, after);
      await this.events.emit(PersonUpdated, { personId: id, fields: Object.keys(after) });
      return person;
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      await this.data.lock(REPORTING_LINES_LOCK);
      const person = await this.people.get(id);
      const reports = await this.people.count({ managerId: id });
      if (reports) throw new ConflictError(msg`${person.name} still manages ${reports} people: move them first`);
      await this.people.remove(person);
      this.auditDetail(id, { name: person.name, email: person.email }, null);
      await this.events.emit(PersonDeleted, { personId: id });
      return true;
    });
  }

  /** Managers above `personId`, nearest first. */
  async chainAbove(personId: string): Promise<string[]> {
    const chain: string[] = [];
    let current = await this.people.findOneBy({ id: personId });
    while (current?.managerId && !chain.includes(current.managerId)) {
      chain.push(current.managerId);
      current = await this.people.findOneBy({ id: current.managerId });
    }
    return chain;
  }

  private async requireManager(managerId: string, field: string): Promise<void> {
    if (!(await this.people.findOneBy({ id: managerId }))) throw new UserInputError(field, msg`no person with id ${managerId}`);
  }

  private requireCompWrite(): void {
    const ctx = RequestContexts.current();
    if (!ctx?.system && !ctx?.permissions.has('people.compensation.write')) throw new ForbiddenError('Setting compensation needs the permission people.compensation.write');
  }

  private auditDetail(targetId: string, before: unknown, after: unknown): void {
    const ctx = RequestContexts.current();
    if (ctx) ctx.auditDetail = { targetType: 'Person', targetId, before, after };
  }
}
