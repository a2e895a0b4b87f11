import { DataService, PeopleDirectory, RequestContexts } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { missingPerson, toPersonRef, type PersonRef } from '../shared/people-names.js';
import type { StructureSkills } from '@cadre/plugin-structure/contracts';
import { KnowledgeBookmarkEntity } from './knowledge-bookmark.entity.js';
import { KnowledgeItemAuthorEntity } from './knowledge-item-author.entity.js';
import { KnowledgeItemSkillEntity } from './knowledge-item-skill.entity.js';
import type { KnowledgeItemEntity } from './knowledge-item.entity.js';
import { KnowledgeReadEntity } from './knowledge-read.entity.js';
import { KnowledgeViewer, type ViewerScope } from './knowledge-viewer.service.js';

/** An item with what a page shows about it, for one viewer. */
export interface ItemView {
  item: KnowledgeItemEntity;
  authors: PersonRef[];
  skills: Array<{ id: string; name: string }>;
  readCount: number;
  bookmarkCount: number;
  bookmarked: boolean;
  canEdit: boolean;
}

/** Loads authors, tags and counts for a page of items in a handful of queries. */
@Injectable()
export class KnowledgeItemHydrator {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly viewer: KnowledgeViewer,
    @Inject('structure.skills') private readonly skills: StructureSkills,
  ) {}

  async authorIdsOf(itemIds: string[]): Promise<Map<string, string[]>> {
    const byItem = new Map<string, string[]>(itemIds.map((id) => [id, []]));
    if (!itemIds.length) return byItem;
    const rows = await this.data.repo(KnowledgeItemAuthorEntity).query('a').andWhere('a.itemId IN (:...ids)', { ids: itemIds }).orderBy('a.position', 'ASC').getMany();
    for (const row of rows) byItem.get(row.itemId)?.push(row.personId);
    return byItem;
  }

  async skillIdsOf(itemIds: string[]): Promise<Map<string, string[]>> {
    const byItem = new Map<string, string[]>(itemIds.map((id) => [id, []]));
    if (!itemIds.length) return byItem;
    const rows = await this.data.repo(KnowledgeItemSkillEntity).query('s').andWhere('s.itemId IN (:...ids)', { ids: itemIds }).getMany();
    for (const row of rows) byItem.get(row.itemId)?.push(row.skillId);
    return byItem;
  }

  async personRefs(ids: string[]): Promise<Map<string, PersonRef>> {
    const found = await this.people.summaries(ids);
    return new Map([...found.values()].map((p) => [p.id, toPersonRef(p)]));
  }

  async skillNames(): Promise<Map<string, string>> {
    return new Map((await this.skills.skills()).map((s) => [s.id, s.name]));
  }

  private async counts(entity: typeof KnowledgeReadEntity | typeof KnowledgeBookmarkEntity, itemIds: string[]): Promise<Map<string, number>> {
    if (!itemIds.length) return new Map();
    const rows: Array<{ itemId: string; n: string | number }> = await this.data.repo(entity).query('c').select('c.itemId', 'itemId').addSelect('COUNT(*)', 'n').andWhere('c.itemId IN (:...ids)', { ids: itemIds }).groupBy('c.itemId').getRawMany();
    return new Map(rows.map((r) => [r.itemId, Number(r.n)]));
  }

  async hydrate(items: KnowledgeItemEntity[], scope?: ViewerScope): Promise<ItemView[]> {
    if (!items.length) return [];
    scope ??= await this.viewer.scope();
    const ids = items.map((i) => i.id);
    // Sequential on purpose: inside a transaction PostgreSQL has one client for all of them.
    const authorIds = await this.authorIdsOf(ids);
    const skillIds = await this.skillIdsOf(ids);
    const names = await this.skillNames();
    const reads = await this.counts(KnowledgeReadEntity, ids);
    const bookmarks = await this.counts(KnowledgeBookmarkEntity, ids);
    const people = await this.personRefs([...authorIds.values()].flat());
    const me = RequestContexts.current()?.personId;
    const mine = me ? new Set((await this.data.repo(KnowledgeBookmarkEntity).query('b').andWhere('b.personId = :me', { me }).andWhere('b.itemId IN (:...ids)', { ids }).getMany()).map((b) => b.itemId)) : new Set<string>();
    return items.map((item) => {
      const authors = authorIds.get(item.id) ?? [];
      return {
        item,
        authors: authors.map((id) => people.get(id) ?? missingPerson(id)),
        skills: (skillIds.get(item.id) ?? []).map((id) => ({ id, name: names.get(id) ?? '(unknown skill)' })),
        readCount: reads.get(item.id) ?? 0,
        bookmarkCount: bookmarks.get(item.id) ?? 0,
        bookmarked: mine.has(item.id),
        canEdit: this.viewer.canEdit(item, authors, scope),
      };
    });
  }
}
