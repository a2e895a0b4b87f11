import { DataService, ForbiddenError, keysetPage, type KeysetPage, RequestContexts, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { KnowledgeItems, PublishedItemRef } from '@cadre/plugin-knowledge/contracts';
import { uniq } from '../shared/people.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { ResearchOutputEntity } from './research-output.entity.js';
import { RESEARCH_SORTS, researchQuery } from './research-list.js';
import type { DevelopmentResearchFilter, DevelopmentResearchSortField } from './research-page.types.js';
import { msg } from '@cadre/sdk';

export const MANAGE_RESEARCH = 'development.research.manage';
const STATUSES: Record<string, string[]> = { publication: ['draft', 'submitted', 'accepted', 'published', 'rejected'], patent: ['draft', 'filed', 'granted', 'rejected'] };
const ITEM_KIND: Record<string, string> = { publication: 'paper', patent: 'patent' };

export interface OutputInput {
  kind: 'publication' | 'patent';
  title?: string;
  venue: string;
  status: string;
  date?: string;
  authorIds?: string[];
  knowledgeItemId?: string;
  url?: string;
}

/** Publications and patents, each optionally linked to its paper or patent in the knowledge base. */
@Injectable()
export class ResearchService {
  constructor(
    private readonly data: DataService,
    private readonly lookups: DevelopmentLookups,
    @Inject('knowledge.items') private readonly items: KnowledgeItems,
  ) {}

  /** Newest first, as researchOutputs always listed them. */
  list(filter: DevelopmentResearchFilter): Promise<ResearchOutputEntity[]> {
    return researchQuery(this.data, filter).orderBy('r.date', 'DESC').addOrderBy('r.id', 'DESC').getMany();
  }

  /** One page of the outputs `list` shows, filtered and sorted in SQL (see keysetPage). */
  page(filter: DevelopmentResearchFilter, sort: { field: DevelopmentResearchSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<ResearchOutputEntity>> {
    return keysetPage(researchQuery(this.data, filter), { first, after, sort: { ...RESEARCH_SORTS[sort.field], direction: sort.direction }, idColumn: 'r.id' });
  }

  async linkedItems(rows: ResearchOutputEntity[]): Promise<Map<string, PublishedItemRef>> {
    const out = new Map<string, PublishedItemRef>();
    for (const id of uniq(rows.flatMap((r) => (r.knowledgeItemId ? [r.knowledgeItemId] : [])))) {
      const item = await this.items.publishedItem(id);
      if (item) out.set(id, item);
    }
    return out;
  }

  canEdit(row: Pick<ResearchOutputEntity, 'authorIds'>): boolean {
    const ctx = RequestContexts.current();
    return !!ctx && (ctx.system || ctx.permissions.has(MANAGE_RESEARCH) || (!!ctx.personId && row.authorIds.includes(ctx.personId)));
  }

  async create(input: OutputInput): Promise<ResearchOutputEntity> {
    const item = input.knowledgeItemId ? await this.linkable(input.knowledgeItemId, input.kind) : null;
    const me = RequestContexts.current()?.personId;
    const authorIds = uniq(input.authorIds ?? item?.authorIds ?? (me ? [me] : []));
    if (!authorIds.length) throw new UserInputError('input.authorIds', 'name at least one author');
    await this.lookups.requirePeople(authorIds, 'input.authorIds');
    this.checkStatus(input.kind, input.status, 'input.status');
    const title = input.title?.trim() || item?.title;
    if (!title) throw new UserInputError('input.title', 'is required without a linked knowledge item');
    if (!this.canEdit({ authorIds })) throw new ForbiddenError(msg`Record your own research outputs (authors include you), or hold ${MANAGE_RESEARCH}`);
    const repo = this.data.repo(ResearchOutputEntity);
    return repo.save(repo.create({ kind: input.kind, title, venue: input.venue ?? '', status: input.status as ResearchOutputEntity['status'], date: input.date ?? null, authorIds, knowledgeItemId: item?.id ?? null, url: input.url ?? null }));
  }

  async update(id: string, input: { title?: string; venue?: string; status?: string; date?: string; knowledgeItemId?: string }): Promise<ResearchOutputEntity> {
    return this.data.transaction(async () => {
      const row = await this.data.repo(ResearchOutputEntity).get(id);
      if (!this.canEdit(row)) throw new ForbiddenError(msg`Only its authors and holders of ${MANAGE_RESEARCH} change a research output`);
      if (input.status) this.checkStatus(row.kind, input.status, 'input.status');
      if (input.knowledgeItemId) row.knowledgeItemId = (await this.linkable(input.knowledgeItemId, row.kind)).id;
      if (input.title !== undefined) row.title = input.title.trim();
      if (input.venue !== undefined) row.venue = input.venue;
      if (input.status !== undefined) row.status = input.status as ResearchOutputEntity['status'];
      if (input.date !== undefined) row.date = input.date;
      return this.data.repo(ResearchOutputEntity).save(row);
    });
  }

  private checkStatus(kind: string, status: string, field: string): void {
    if (!STATUSES[kind].includes(status)) throw new UserInputError(field, msg`a ${kind} is ${STATUSES[kind].join(', ')}`);
  }

  private async linkable(itemId: string, kind: string): Promise<PublishedItemRef> {
    const item = await this.items.publishedItem(itemId);
    if (!item) throw new UserInputError('input.knowledgeItemId', 'must be a published knowledge item visible to everyone');
    if (item.kind !== ITEM_KIND[kind]) throw new UserInputError('input.knowledgeItemId', msg`is a ${item.kind.replace('_', ' ')}, not a ${ITEM_KIND[kind]}`);
    return item;
  }
}
