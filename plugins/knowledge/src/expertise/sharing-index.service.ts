import { DataService, sortedKeysetPage, sortRows, ForbiddenError, PeopleDirectory, RequestContexts, type KeysetPage, type SortDirection } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { ObjectLiteral, SelectQueryBuilder } from '@cadre/sdk/orm';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { KnowledgeBookmarkEntity } from '../items/knowledge-bookmark.entity.js';
import { KnowledgeItemAuthorEntity } from '../items/knowledge-item-author.entity.js';
import { KnowledgeItemEntity } from '../items/knowledge-item.entity.js';
import { KnowledgeReadEntity } from '../items/knowledge-read.entity.js';
import { CodeReviewEntity } from '../reviews/code-review.entity.js';
import { missingPerson, nextDay, toPersonRef, type PersonRef } from '../shared/people-names.js';
import type { KnowledgeSharingIndex } from '../contracts.js';
import { KnowledgeTalkAttendeeEntity } from '../talks/knowledge-talk-attendee.entity.js';
import { KnowledgeTalkEntity } from '../talks/knowledge-talk.entity.js';
import { type SharingInputs, mean, sharingIndex } from './expertise-score.js';
import { SharingIndexSortField, type SharingIndexFilter } from './sharing-index-page.types.js';
import { msg } from '@cadre/sdk';

export const READ_INDEX = 'knowledge.index.read';

/** A person with nothing in the period. */
const NO_INPUTS: SharingInputs = { itemsPublished: 0, talksGiven: 0, talksAttended: 0, reviews: 0, readsByOthers: 0, bookmarksByOthers: 0 };

export interface Period {
  from: string;
  to: string;
}

export interface PersonIndex extends SharingInputs {
  person: PersonRef;
  index: number;
}

export interface TeamIndex {
  unitId: string;
  unitName: string;
  members: number;
  index: number;
  total: number;
  top: PersonIndex | null;
}

/** The default period: the last 365 days up to today. */
export function defaultPeriod(from?: string, to?: string): Period {
  const end = to ?? new Date().toISOString().slice(0, 10);
  return { from: from ?? new Date(Date.parse(`${end}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10), to: end };
}

/**
 * The knowledge-sharing index (知识共享度) per person and team, from real artifacts: items
 * published, talks given and attended, code reviews, and others reading and bookmarking one's
 * items. See SHARING_INDEX_FORMULA.
 */
@Injectable()
export class SharingIndexService implements KnowledgeSharingIndex {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    @Inject('structure.org') private readonly org: StructureOrg,
  ) {}

  /** People's indices the viewer may see: holders of knowledge.index.read all, others themselves and their reports. */
  async forPeople(period: Period, personIds?: string[]): Promise<PersonIndex[]> {
    return (await this.visible(period, personIds)).sort((a, b) => b.index - a.index || a.person.name.localeCompare(b.person.name));
  }

  /** The rows forPeople lists, in no order (a page sorts them its own way). */
  private async visible(period: Period, personIds?: string[]): Promise<PersonIndex[]> {
    const allowed = await this.allowed();
    if (allowed && personIds?.some((id) => !allowed.has(id))) throw new ForbiddenError(msg`Indices of people outside your team need ${READ_INDEX}`);
    // A few people (a person page) read only their own artifacts and names, not the tenant's.
    const ids = personIds ?? (allowed ? [...allowed] : undefined);
    if (!ids) return [...(await this.everyone(period))];
    const all = await this.compute(period, ids);
    const candidates = [...(await this.people.summaries(ids)).values()];
    return candidates.filter((p) => !allowed || allowed.has(p.id)).map((p) => this.row(toPersonRef(p), all.get(p.id)));
  }

  /** Whose indices the caller may see: null for everyone (knowledge.index.read), else themselves and their reports. */
  private async allowed(): Promise<Set<string> | null> {
    const ctx = RequestContexts.require();
    if (ctx.system || ctx.permissions.has(READ_INDEX)) return null;
    return new Set([...(ctx.personId ? [ctx.personId] : []), ...(ctx.reportIds ? await ctx.reportIds() : [])]);
  }

  /**
   * A page of the people forPeople lists (the same people, from one computation over the
   * period): sorted by index or name in JavaScript, since the index is computed, not stored.
   * Everyone's rows are sorted once per order and shared; a team's are sorted per request.
   */
  async page(period: Period, filter: SharingIndexFilter, sort: { field: SharingIndexSortField; direction: SortDirection }, first: number, after?: string | null): Promise<KeysetPage<PersonIndex>> {
    const search = filter.search?.trim().toLowerCase();
    const byName = sort.field === SharingIndexSortField.NAME;
    const order = { key: sort.field, direction: sort.direction, value: (r: { row: PersonIndex }) => (byName ? r.row.person.name.toLowerCase() : r.row.index) };
    const sorted = async (rows: Promise<PersonIndex[]>) => sortRows((await rows).map((r) => ({ id: r.person.id, row: r })), order);
    const rows = (await this.allowed())
      ? await sorted(this.visible(period))
      : await this.data.shared(`knowledge.sharing-order:${period.from}:${period.to}:${sort.field}:${sort.direction}`, () => sorted(this.everyone(period)));
    const page = sortedKeysetPage(rows, { first, after, keep: search ? (r) => r.row.person.name.toLowerCase().includes(search) : undefined });
    return { ...page, nodes: page.nodes.map((r) => r.row) };
  }

  /** Everyone's row in the period: the same for every reader of all indices, so shared until the data changes. */
  private everyone(period: Period): Promise<PersonIndex[]> {
    return this.data.shared(`knowledge.sharing-rows:${period.from}:${period.to}`, async () => {
      const [all, people] = await Promise.all([this.inputs(period), this.people.allSummaries()]);
      return people.map((p) => this.row(toPersonRef(p), all.get(p.id)));
    });
  }

  /** Everyone's inputs in the period, shared until the data changes (read-only). */
  private inputs(period: Period): Promise<Map<string, SharingInputs>> {
    return this.data.shared(`knowledge.sharing-inputs:${period.from}:${period.to}`, () => this.compute(period));
  }

  /** Every team's index (no viewer filter): shared until the data changes; the caller gets its own array. */
  async forTeams(period: Period): Promise<TeamIndex[]> {
    return [...(await this.data.shared(`knowledge.sharing-teams:${period.from}:${period.to}`, () => this.teams(period)))];
  }

  private async teams(period: Period): Promise<TeamIndex[]> {
    const all = await this.inputs(period);
    const units = await this.org.units();
    const membersOf = await this.org.membersByUnit();
    const teams = units.map((unit) => {
      const members = (membersOf.get(unit.id) ?? []).map((id) => ({ id, index: sharingIndex(all.get(id) ?? NO_INPUTS) }));
      // The first member (by name) with the highest index; only the tops' names are read below.
      const top = members.reduce<{ id: string; index: number } | null>((best, m) => (!best || m.index > best.index ? m : best), null);
      return { unitId: unit.id, unitName: unit.name, members: members.length, index: mean(members.map((m) => m.index)), total: Math.round(members.reduce((s, m) => s + m.index, 0) * 100) / 100, topId: top && top.index > 0 ? top.id : null };
    });
    const names = await this.people.summaries(teams.flatMap((t) => (t.topId ? [t.topId] : [])));
    return teams
      .map(({ topId, ...team }): TeamIndex => ({ ...team, top: topId ? this.row(names.has(topId) ? toPersonRef(names.get(topId)!) : missingPerson(topId), all.get(topId)) : null }))
      .sort((a, b) => b.index - a.index || a.unitName.localeCompare(b.unitName));
  }

  /** Published as 'knowledge.sharing-index' (no access checks): every person's index in the period, 0 when absent. */
  async indexByPerson(period: Period): Promise<Map<string, number>> {
    const all = await this.inputs(period);
    return new Map([...all].map(([id, x]) => [id, sharingIndex(x)]));
  }

  private row(person: PersonRef, inputs: SharingInputs | undefined): PersonIndex {
    const x = inputs ?? NO_INPUTS;
    return { person, ...x, index: sharingIndex(x) };
  }

  /** Everyone's inputs in the period, or only those of `personIds` (reading only their artifacts). */
  private async compute(period: Period, personIds?: string[]): Promise<Map<string, SharingInputs>> {
    const from = `${period.from}T00:00:00.000Z`;
    const to = nextDay(period.to);
    const out = new Map<string, SharingInputs>();
    const bump = (personId: string, key: keyof SharingInputs, by = 1) => {
      const x = out.get(personId) ?? { ...NO_INPUTS };
      x[key] += by;
      out.set(personId, x);
    };
    if (personIds && !personIds.length) return out;
    const only = (q: SelectQueryBuilder<ObjectLiteral>, column: string) => (personIds ? q.andWhere(`${column} IN (:...personIds)`, { personIds }) : q);
    // Every author of the items concerned (co-authors too: a co-author's read is not "by others").
    const authorRows = await only(this.data.repo(KnowledgeItemAuthorEntity).query('a'), 'a.personId').select(['a.itemId']).getMany();
    const itemIds = [...new Set(authorRows.map((a) => a.itemId))];
    const forItems = (q: SelectQueryBuilder<ObjectLiteral>, column: string) => (personIds ? q.andWhere(`${column} IN (:...itemIds)`, { itemIds }) : q);
    const authorsByItem = new Map<string, string[]>();
    if (!personIds || itemIds.length) {
      for (const a of await forItems(this.data.repo(KnowledgeItemAuthorEntity).query('a'), 'a.itemId').select(['a.itemId', 'a.personId']).getMany()) {
        authorsByItem.set(a.itemId, [...(authorsByItem.get(a.itemId) ?? []), a.personId]);
      }
    }
    const counted = (personId: string) => !personIds || personIds.includes(personId);
    const bumpAuthors = (itemId: string, key: keyof SharingInputs, except?: string) => {
      const authors = authorsByItem.get(itemId) ?? [];
      if (except && authors.includes(except)) return;
      for (const a of authors) if (counted(a)) bump(a, key);
    };

    if (!personIds || itemIds.length) {
      const published = await forItems(this.data.repo(KnowledgeItemEntity).query('i'), 'i.id').select(['i.id']).andWhere('i.visibility != :p', { p: 'private' }).andWhere('i.publishedAt >= :from AND i.publishedAt < :to', { from, to }).getMany();
      for (const item of published) bumpAuthors(item.id, 'itemsPublished');

      const reads = await forItems(this.data.repo(KnowledgeReadEntity).query('r'), 'r.itemId').select(['r.id', 'r.itemId', 'r.personId']).andWhere('r.day >= :fromDay AND r.day <= :toDay', { fromDay: period.from, toDay: period.to }).getMany();
      for (const r of reads) bumpAuthors(r.itemId, 'readsByOthers', r.personId);

      const bookmarks = await forItems(this.data.repo(KnowledgeBookmarkEntity).query('b'), 'b.itemId').select(['b.id', 'b.itemId', 'b.personId']).andWhere('b.createdAt >= :from AND b.createdAt < :to', { from, to }).getMany();
      for (const b of bookmarks) bumpAuthors(b.itemId, 'bookmarksByOthers', b.personId);
    }

    const talks = await this.data.repo(KnowledgeTalkEntity).query('t').select(['t.id', 't.speakerId']).andWhere('t.status = :held', { held: 'held' }).andWhere('t.scheduledAt >= :from AND t.scheduledAt < :to', { from, to }).getMany();
    for (const t of talks) if (counted(t.speakerId)) bump(t.speakerId, 'talksGiven');
    if (talks.length) {
      const rows = await only(this.data.repo(KnowledgeTalkAttendeeEntity).query('a'), 'a.personId').andWhere('a.talkId IN (:...ids)', { ids: talks.map((t) => t.id) }).getMany();
      for (const a of rows) if (a.attended) bump(a.personId, 'talksAttended');
    }

    const reviews: Array<{ reviewerId: string; n: string | number }> = await only(this.data.repo(CodeReviewEntity).query('r'), 'r.reviewerId').select('r.reviewerId', 'reviewerId').addSelect('COUNT(*)', 'n').andWhere('r.submittedAt >= :from AND r.submittedAt < :to', { from, to }).groupBy('r.reviewerId').getRawMany();
    for (const r of reviews) bump(r.reviewerId, 'reviews', Number(r.n));
    return out;
  }
}
