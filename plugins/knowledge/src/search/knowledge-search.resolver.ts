import { RequirePermission } from '@cadre/sdk';
import { Args, Int, Query, Resolver } from '@cadre/sdk/graphql';
import { toItemType } from '../items/knowledge-item.mapper.js';
import { KnowledgeItemFilter } from '../items/knowledge-item.types.js';
import { checkPage } from '../shared/paging.js';
import { KnowledgeSearchService } from './knowledge-search.service.js';
import { KnowledgeSearchResultType } from './knowledge-search.types.js';

@Resolver()
export class KnowledgeSearchResolver {
  constructor(private readonly search: KnowledgeSearchService) {}

  @Query(() => KnowledgeSearchResultType, { description: 'Full-text search (Chinese and English) over title and body, with highlighted snippets' })
  @RequirePermission('knowledge.items.read')
  async searchKnowledge(
    @Args('query') query: string,
    @Args('filter', { type: () => KnowledgeItemFilter, nullable: true }) filter: KnowledgeItemFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<KnowledgeSearchResultType> {
    checkPage(first, offset);
    const result = await this.search.search(query, filter ?? {}, first, offset);
    return { totalCount: result.totalCount, terms: result.terms, hits: result.hits.map((h) => ({ item: toItemType(h.view), score: h.score, titleHtml: h.titleHtml, snippetHtml: h.snippetHtml })) };
  }
}
