import { DataService, PeopleDirectory, RequestContexts, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { missingPerson, nextDay, toPersonRef, uniq, type PersonRef } from '../shared/people-names.js';
import type { StructureSkills } from '@cadre/plugin-structure/contracts';
import { CodeReviewRepositoryEntity } from './code-review-repository.entity.js';
import { CodeReviewEntity } from './code-review.entity.js';
import { parseCsv } from './csv.js';
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type FieldError, type ReviewRecord, toReviewRecord } from './review-record.js';
import { localize, msg } from '@cadre/sdk';

export interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface IngestReport {
  rows: number;
  imported: number;
  duplicates: number;
  errors: RowError[];
}

export interface ReviewActivity {
  person: PersonRef;
  reviews: number;
  comments: number;
  approvals: number;
  changesRequested: number;
  repositories: string[];
  lastReviewAt: string | null;
}

/** Code reviews people gave on the forge: ingestion (webhook, CSV), activity and repository skills. */
@Injectable()
export class CodeReviewService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    @Inject('structure.skills') private readonly skills: StructureSkills,
  ) {}

  /**
   * Stores the records all-or-nothing: any unknown reviewer or bad row and nothing is written.
   * Reviews already stored (same external id) are skipped, so a redelivery changes nothing.
   */
  async ingest(records: Array<{ row: number; record: ReviewRecord }>, source: 'webhook' | 'csv', fieldOf: (row: number, field: keyof ReviewRecord) => string): Promise<IngestReport> {
    const everyone = await this.people.all();
    const byEmail = new Map(everyone.map((p) => [p.email.toLowerCase(), p.id]));
    const errors: RowError[] = [];
    for (const { row, record } of records) {
      if (!byEmail.has(record.reviewerEmail)) errors.push({ row, field: fieldOf(row, 'reviewerEmail'), message: localize(msg`no person has the email ${record.reviewerEmail}`) });
    }
    if (errors.length) return { rows: records.length, imported: 0, duplicates: 0, errors };
    return this.data.transaction(async () => {
      // Imports take turns: a redelivery racing the first delivery then finds its reviews and
      // skips them, rather than both inserting and one failing on the unique external id.
      await this.data.lock('knowledge.code-reviews');
      const repo = this.data.repo(CodeReviewEntity);
      const ids = uniq(records.map((r) => r.record.externalId));
      const known = new Set<string>();
      for (let i = 0; i < ids.length; i += 500) (await repo.findBy({ externalId: In(ids.slice(i, i + 500)) })).forEach((r) => known.add(r.externalId));
      const fresh: CodeReviewEntity[] = [];
      for (const { record } of records) {
        if (known.has(record.externalId)) continue;
        known.add(record.externalId);
        fresh.push(
          repo.create({
            reviewerId: byEmail.get(record.reviewerEmail)!, authorId: record.authorEmail ? (byEmail.get(record.authorEmail) ?? null) : null, repository: record.repository,
            pullRequest: record.pullRequest, state: record.state, comments: record.comments, submittedAt: record.submittedAt, url: record.url, externalId: record.externalId, source,
          }),
        );
      }
      await repo.saveMany(fresh);
      return { rows: records.length, imported: fresh.length, duplicates: records.length - fresh.length, errors: [] };
    });
  }

  /** CSV with a header row (see CSV_COLUMNS); errors name the line (the header is line 1) and column. */
  async importCsv(csv: string): Promise<IngestReport> {
    const table = parseCsv(csv);
    if (!table.length) throw new UserInputError('csv', 'is empty: expected a header row and reviews');
    const header = table[0].map((h) => h.trim().toLowerCase());
    const missing = REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) throw new UserInputError('csv', msg`the header lacks ${missing.join(', ')} (columns: ${Object.keys(CSV_COLUMNS).join(', ')})`);
    if (table.length > 20_001) throw new UserInputError('csv', 'at most 20000 reviews per import');
    const columnOf = (field: keyof ReviewRecord) => Object.entries(CSV_COLUMNS).find(([, f]) => f === field)![0];
    const records: Array<{ row: number; record: ReviewRecord }> = [];
    const errors: RowError[] = [];
    table.slice(1).forEach((cells, i) => {
      const row = i + 2;
      const raw: Partial<Record<keyof ReviewRecord, unknown>> = {};
      header.forEach((name, c) => {
        if (CSV_COLUMNS[name]) raw[CSV_COLUMNS[name]] = cells[c];
      });
      const result = toReviewRecord(raw, columnOf);
      if (result.record) records.push({ row, record: result.record });
      errors.push(...result.errors.map((e: FieldError) => ({ row, ...e })));
    });
    if (errors.length) return { rows: table.length - 1, imported: 0, duplicates: 0, errors };
    return this.ingest(records, 'csv', (_row, field) => columnOf(field));
  }

  async activity(filter: { from?: string; to?: string; personIds?: string[] }): Promise<ReviewActivity[]> {
    const q = this.data.repo(CodeReviewEntity).query('r');
    if (filter.from) q.andWhere('r.submittedAt >= :from', { from: `${filter.from}T00:00:00.000Z` });
    if (filter.to) q.andWhere('r.submittedAt < :to', { to: nextDay(filter.to) });
    if (filter.personIds?.length) q.andWhere('r.reviewerId IN (:...pids)', { pids: filter.personIds });
    const rows = await q.getMany();
    const byPerson = new Map<string, CodeReviewEntity[]>();
    for (const r of rows) byPerson.set(r.reviewerId, [...(byPerson.get(r.reviewerId) ?? []), r]);
    const people = new Map([...(await this.people.summaries(byPerson.keys())).values()].map((p) => [p.id, toPersonRef(p)]));
    return [...byPerson.entries()]
      .map(([personId, list]) => ({
        person: people.get(personId) ?? missingPerson(personId),
        reviews: list.length,
        comments: list.reduce((s, r) => s + r.comments, 0),
        approvals: list.filter((r) => r.state === 'approved').length,
        changesRequested: list.filter((r) => r.state === 'changes_requested').length,
        repositories: uniq(list.map((r) => r.repository)).sort(),
        lastReviewAt: list.map((r) => r.submittedAt).sort().at(-1) ?? null,
      }))
      .sort((a, b) => b.reviews - a.reviews || a.person.name.localeCompare(b.person.name));
  }

  /** Repositories seen in reviews or configured, with their skills and review counts. */
  async repositories(): Promise<Array<{ name: string; skillIds: string[]; reviews: number }>> {
    const configured = await this.data.repo(CodeReviewRepositoryEntity).find();
    const counts: Array<{ name: string; n: string | number }> = await this.data.repo(CodeReviewEntity).query('r').select('r.repository', 'name').addSelect('COUNT(*)', 'n').groupBy('r.repository').getRawMany();
    const names = uniq([...configured.map((c) => c.name), ...counts.map((c) => c.name)]).sort();
    return names.map((name) => ({ name, skillIds: configured.find((c) => c.name === name)?.skillIds ?? [], reviews: Number(counts.find((c) => c.name === name)?.n ?? 0) }));
  }

  async setRepositorySkills(name: string, skillIds: string[]): Promise<{ name: string; skillIds: string[]; reviews: number }> {
    const ids = uniq(skillIds);
    const known = new Set((await this.skills.skills()).map((s) => s.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw new UserInputError('skillIds', msg`no skill has the id ${unknown}`);
    const repo = this.data.repo(CodeReviewRepositoryEntity);
    const row = (await repo.findOneBy({ name })) ?? repo.create({ name, skillIds: [] });
    const ctx = RequestContexts.current();
    if (ctx) ctx.auditDetail = { targetType: 'CodeReviewRepository', targetId: name, before: row.skillIds, after: ids };
    row.skillIds = ids;
    await repo.save(row);
    return (await this.repositories()).find((r) => r.name === name)!;
  }
}
