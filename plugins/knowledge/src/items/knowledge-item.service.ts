import { assertUnchangedSince, ConflictError, DataService, countRows, EventBus, ForbiddenError, NotFoundError, PeopleDirectory, RequestContexts, UserInputError, keysetPage, nowIso, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { SelectQueryBuilder } from '@cadre/sdk/orm';
import { KnowledgeItemPublished } from '../shared/knowledge.events.js';
import { markdownToText, renderMarkdown } from '../shared/markdown.js';
import { nextDay, uniq } from '../shared/people-names.js';
import type { StructureOrg, StructureSkills } from '@cadre/plugin-structure/contracts';
import { KnowledgeBookmarkEntity } from './knowledge-bookmark.entity.js';
import { KnowledgeItemAuthorEntity } from './knowledge-item-author.entity.js';
import { KnowledgeItemSkillEntity } from './knowledge-item-skill.entity.js';
import { KnowledgeItemVersionEntity } from './knowledge-item-version.entity.js';
import { type ItemKind, type ItemLink, KnowledgeItemEntity, type Visibility } from './knowledge-item.entity.js';
import { KnowledgeItemHydrator, type ItemView } from './knowledge-item.hydrator.js';
import { KnowledgeReadEntity } from './knowledge-read.entity.js';
import { KnowledgeViewer, type ViewerScope } from './knowledge-viewer.service.js';
import { msg } from '@cadre/sdk';

const ITEM_SORTS: Record<'CREATED_AT' | 'UPDATED_AT' | 'TITLE', Omit<KeysetSort<KnowledgeItemEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 'i.createdAt', value: (i) => i.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'i.updatedAt', value: (i) => i.updatedAt },
  TITLE: { key: 'title', column: 'i.title', value: (i) => i.title },
};

export interface ItemFilter {
  kinds?: string[];
  skillId?: string;
  authorId?: string;
  visibility?: string;
  from?: string;
  to?: string;
  bookmarked?: boolean;
  archived?: boolean;
}

export interface ItemInput {
  kind?: ItemKind;
  title?: string;
  body?: string;
  visibility?: Visibility;
  unitId?: string;
  authorIds?: string[];
  skillIds?: string[];
  links?: ItemLink[];
  reference?: string;
  note?: string;
  expectedUpdatedAt?: string | null;
}

/** Skill evidence an author earns by publishing, by kind (see 'structure.skills'.addEvidence). */
export const EVIDENCE_LEVEL: Record<ItemKind, number> = { paper: 4, patent: 4, design_doc: 3, post_mortem: 3, best_practice: 3, tech_blog: 2 };

/** Knowledge items: create, edit (every edit is a new version), list and read. */
@Injectable()
export class KnowledgeItemService {
  constructor(
    private readonly data: DataService,
    private readonly viewer: KnowledgeViewer,
    private readonly hydrator: KnowledgeItemHydrator,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    @Inject('structure.org') private readonly org: StructureOrg,
    @Inject('structure.skills') private readonly skills: StructureSkills,
  ) {}

  /** A query over the items the viewer may see, narrowed by `filter`. */
  visibleQuery(scope: ViewerScope, filter: ItemFilter = {}): SelectQueryBuilder<KnowledgeItemEntity> {
    const q = this.data.repo(KnowledgeItemEntity).query('i');
    this.viewer.restrict(q, 'i', scope);
    q.andWhere(filter.archived ? 'i.archivedAt IS NOT NULL' : 'i.archivedAt IS NULL');
    if (filter.kinds?.length) q.andWhere('i.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.visibility) q.andWhere('i.visibility = :visibility', { visibility: filter.visibility });
    if (filter.skillId) {
      const sub = q.subQuery().select('fs.itemId').from(KnowledgeItemSkillEntity, 'fs').where('fs.skillId = :fSkill').andWhere('fs.tenantId = :__tenantId').getQuery();
      q.andWhere(`i.id IN ${sub}`, { fSkill: filter.skillId });
    }
    if (filter.authorId) {
      const sub = q.subQuery().select('fa.itemId').from(KnowledgeItemAuthorEntity, 'fa').where('fa.personId = :fAuthor').andWhere('fa.tenantId = :__tenantId').getQuery();
      q.andWhere(`i.id IN ${sub}`, { fAuthor: filter.authorId });
    }
    if (filter.bookmarked) {
      const sub = q.subQuery().select('fb.itemId').from(KnowledgeBookmarkEntity, 'fb').where('fb.personId = :fMe').andWhere('fb.tenantId = :__tenantId').getQuery();
      q.andWhere(`i.id IN ${sub}`, { fMe: scope.personId ?? '' });
    }
    if (filter.from) q.andWhere('i.publishedAt >= :fFrom', { fFrom: `${filter.from}T00:00:00.000Z` });
    if (filter.to) q.andWhere('i.publishedAt < :fTo', { fTo: nextDay(filter.to) });
    return q;
  }

  async list(filter: ItemFilter, first: number, offset: number): Promise<{ nodes: ItemView[]; totalCount: number }> {
    const scope = await this.viewer.scope();
    const q = this.visibleQuery(scope, filter);
    const totalCount = await countRows(q);
    const rows = await q.orderBy('i.createdAt', 'DESC').addOrderBy('i.id', 'DESC').skip(offset).take(first).getMany();
    return { nodes: await this.hydrator.hydrate(rows, scope), totalCount };
  }

  /** One keyset page of the items the viewer may see (visibility is part of the query, so counts agree). */
  async page(filter: ItemFilter, sort: { field: keyof typeof ITEM_SORTS; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<ItemView>> {
    const scope = await this.viewer.scope();
    const page = await keysetPage(this.visibleQuery(scope, filter), { first, after, sort: { ...ITEM_SORTS[sort.field], direction: sort.direction }, idColumn: 'i.id' });
    return { ...page, nodes: await this.hydrator.hydrate(page.nodes, scope) };
  }

  /** The item if the viewer may see it (NOT_FOUND otherwise: a draft's existence is not revealed). */
  async visible(id: string, scope?: ViewerScope): Promise<{ item: KnowledgeItemEntity; authorIds: string[]; scope: ViewerScope }> {
    scope ??= await this.viewer.scope();
    const item = await this.data.repo(KnowledgeItemEntity).get(id);
    const authorIds = (await this.hydrator.authorIdsOf([id])).get(id) ?? [];
    if (!this.viewer.canSee(item, authorIds, scope)) throw new NotFoundError('KnowledgeItem', id);
    return { item, authorIds, scope };
  }

  /** One item for its reader; records the read (once per person and day; authors' own reads do not count). */
  async read(id: string): Promise<ItemView> {
    const { item, authorIds, scope } = await this.visible(id);
    if (scope.personId && !authorIds.includes(scope.personId)) await this.recordRead(id, scope.personId);
    const [view] = await this.hydrator.hydrate([item], scope);
    return view;
  }

  private async recordRead(itemId: string, personId: string): Promise<void> {
    const reads = this.data.repo(KnowledgeReadEntity);
    const day = nowIso().slice(0, 10);
    if (await reads.findOneBy({ itemId, personId, day })) return;
    try {
      await reads.save(reads.create({ itemId, personId, day }));
    } catch {
      // A concurrent read of the same day won the unique key: nothing to add.
    }
  }

  async create(input: ItemInput): Promise<ItemView> {
    const scope = await this.viewer.scope();
    const authorIds = await this.checkAuthors(input.authorIds ?? (scope.personId ? [scope.personId] : []), scope, 'input.authorIds');
    const skillIds = await this.checkSkills(input.skillIds ?? [], 'input.skillIds');
    const visibility = input.visibility ?? 'private';
    const unitId = await this.checkUnit(input.unitId, visibility, authorIds[0]);
    return this.data.transaction(async () => {
      const items = this.data.repo(KnowledgeItemEntity);
      const body = input.body ?? '';
      const item = items.create({
        kind: input.kind!, title: input.title!.trim(), body, bodyHtml: renderMarkdown(body), bodyText: markdownToText(body), visibility, unitId,
        reference: input.reference?.trim() || null, links: input.links ?? [], version: 1, createdById: scope.personId, editedById: scope.personId,
        publishedAt: visibility === 'private' ? null : nowIso(),
      });
      await items.save(item);
      await this.saveVersion(item, input.note ?? 'Created');
      await this.replaceAuthors(item.id, authorIds);
      await this.replaceSkills(item.id, skillIds);
      if (item.publishedAt) await this.published(item, authorIds, skillIds);
      const ctx = RequestContexts.current();
      if (ctx) ctx.auditDetail = { targetType: 'KnowledgeItem', targetId: item.id };
      return (await this.hydrator.hydrate([item], scope))[0];
    });
  }

  async update(id: string, input: ItemInput): Promise<ItemView> {
    return this.data.transaction(async () => {
      const { item, authorIds: currentAuthors, scope } = await this.visible(id);
      if (!this.viewer.canEdit(item, currentAuthors, scope)) throw new ForbiddenError('Only its authors (and knowledge moderators, for published items) may edit this item');
      if (item.archivedAt) throw new ConflictError('This item is archived: restore it before editing');
      assertUnchangedSince(item, input.expectedUpdatedAt, item.title);
      const authorIds = input.authorIds ? await this.checkAuthors(input.authorIds, scope, 'input.authorIds') : currentAuthors;
      const skillIds = input.skillIds ? await this.checkSkills(input.skillIds, 'input.skillIds') : null;
      const visibility = input.visibility ?? item.visibility;
      const unitChanged = input.unitId !== undefined || (visibility === 'unit' && !item.unitId);
      const unitId = unitChanged ? await this.checkUnit(input.unitId, visibility, authorIds[0]) : item.unitId;
      const before = { title: item.title, visibility: item.visibility, version: item.version };
      if (input.kind) item.kind = input.kind;
      if (input.title != null) item.title = input.title.trim();
      if (input.body !== undefined) {
        item.body = input.body;
        item.bodyHtml = renderMarkdown(input.body);
        item.bodyText = markdownToText(input.body);
      }
      if (input.links) item.links = input.links;
      if (input.reference !== undefined) item.reference = input.reference?.trim() || null;
      item.visibility = visibility;
      item.unitId = unitId;
      item.version += 1;
      item.editedById = scope.personId;
      const firstPublication = !item.publishedAt && visibility !== 'private';
      if (firstPublication) item.publishedAt = nowIso();
      await this.data.repo(KnowledgeItemEntity).save(item);
      await this.saveVersion(item, input.note ?? '');
      if (input.authorIds) await this.replaceAuthors(item.id, authorIds);
      if (skillIds) await this.replaceSkills(item.id, skillIds);
      if (firstPublication) await this.published(item, authorIds, skillIds ?? (await this.hydrator.skillIdsOf([item.id])).get(item.id) ?? []);
      const ctx = RequestContexts.current();
      if (ctx) ctx.auditDetail = { targetType: 'KnowledgeItem', targetId: item.id, before, after: { title: item.title, visibility: item.visibility, version: item.version } };
      return (await this.hydrator.hydrate([item], scope))[0];
    });
  }

  async versions(id: string): Promise<KnowledgeItemVersionEntity[]> {
    await this.visible(id);
    return this.data.repo(KnowledgeItemVersionEntity).find({ where: { itemId: id }, order: { version: 'DESC' } });
  }

  async bookmark(id: string, on: boolean): Promise<ItemView> {
    const { item, scope } = await this.visible(id);
    if (!scope.personId) throw new UserInputError('id', 'your account is not linked to a person, so it cannot keep bookmarks');
    const bookmarks = this.data.repo(KnowledgeBookmarkEntity);
    const existing = await bookmarks.findOneBy({ itemId: id, personId: scope.personId });
    if (on && !existing) await bookmarks.save(bookmarks.create({ itemId: id, personId: scope.personId }));
    if (!on && existing) await bookmarks.remove(existing);
    return (await this.hydrator.hydrate([item], scope))[0];
  }

  private async saveVersion(item: KnowledgeItemEntity, note: string): Promise<void> {
    const versions = this.data.repo(KnowledgeItemVersionEntity);
    await versions.save(versions.create({ itemId: item.id, version: item.version, kind: item.kind, title: item.title, body: item.body, visibility: item.visibility, editedById: item.editedById, note: note.slice(0, 300) }));
  }

  private async replaceAuthors(itemId: string, authorIds: string[]): Promise<void> {
    const repo = this.data.repo(KnowledgeItemAuthorEntity);
    await repo.deleteBy({ itemId });
    await repo.saveMany(authorIds.map((personId, position) => repo.create({ itemId, personId, position })));
  }

  private async replaceSkills(itemId: string, skillIds: string[]): Promise<void> {
    const repo = this.data.repo(KnowledgeItemSkillEntity);
    await repo.deleteBy({ itemId });
    await repo.saveMany(skillIds.map((skillId) => repo.create({ itemId, skillId })));
  }

  /** First publication: authors earn 'knowledge' skill evidence and the event goes out. */
  private async published(item: KnowledgeItemEntity, authorIds: string[], skillIds: string[]): Promise<void> {
    // Skills in a fixed order: recording evidence locks each skill's row (see 'structure.skills').
    for (const personId of authorIds) {
      for (const skillId of [...skillIds].sort()) await this.skills.addEvidence(personId, skillId, EVIDENCE_LEVEL[item.kind], 'knowledge', `Authored "${item.title}" (${item.kind})`);
    }
    await this.events.emit(KnowledgeItemPublished, { itemId: item.id, kind: item.kind, title: item.title, authorIds, skillIds, publishedAt: item.publishedAt! });
  }

  private async checkAuthors(ids: string[], scope: ViewerScope, field: string): Promise<string[]> {
    const authorIds = uniq(ids);
    if (!authorIds.length) throw new UserInputError(field, 'name at least one author (your account is not linked to a person)');
    const found = new Set((await this.people.byIds(authorIds)).map((p) => p.id));
    const unknown = authorIds.find((id) => !found.has(id));
    if (unknown) throw new UserInputError(field, msg`no person has the id ${unknown}`);
    if (!scope.system && !scope.moderator && (!scope.personId || !authorIds.includes(scope.personId))) throw new UserInputError(field, 'must include you: only knowledge moderators publish for others');
    return authorIds;
  }

  private async checkSkills(ids: string[], field: string): Promise<string[]> {
    const skillIds = uniq(ids);
    if (!skillIds.length) return [];
    const known = new Set((await this.skills.skills()).map((s) => s.id));
    const unknown = skillIds.find((id) => !known.has(id));
    if (unknown) throw new UserInputError(field, msg`no skill has the id ${unknown}`);
    return skillIds;
  }

  private async checkUnit(unitId: string | undefined, visibility: Visibility, firstAuthor: string | undefined): Promise<string | null> {
    if (unitId) {
      if (!(await this.org.units()).some((u) => u.id === unitId)) throw new UserInputError('input.unitId', msg`no unit has the id ${unitId}`);
      return unitId;
    }
    const own = firstAuthor ? await this.org.unitOfPerson(firstAuthor) : null;
    if (visibility === 'unit' && !own) throw new UserInputError('input.unitId', 'UNIT visibility needs a unit: the first author belongs to none, so name one');
    return own;
  }
}
