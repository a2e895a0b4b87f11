import { RequirePermission, SortDirectionValue } from '@cadre/sdk';
import { KnowledgeItemConnection, KnowledgeItemSort, KnowledgeItemSortField } from './knowledge-item-page.types.js';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { checkPage } from '../shared/paging.js';
import { KnowledgeItemHydrator } from './knowledge-item.hydrator.js';
import { KnowledgeItemLifecycle } from './knowledge-item-lifecycle.service.js';
import { toItemType, toVersionType } from './knowledge-item.mapper.js';
import { KnowledgeItemService } from './knowledge-item.service.js';
import {
  CreateKnowledgeItemInput, KnowledgeItemFilter, KnowledgeItemPageType, KnowledgeItemType, KnowledgeItemVersionType, UpdateKnowledgeItemInput,
} from './knowledge-item.types.js';

@Resolver(() => KnowledgeItemType)
export class KnowledgeItemResolver {
  constructor(
    private readonly items: KnowledgeItemService,
    private readonly hydrator: KnowledgeItemHydrator,
    private readonly lifecycle: KnowledgeItemLifecycle,
  ) {}

  @Query(() => KnowledgeItemPageType, { description: 'Items the viewer may see, newest first' })
  @RequirePermission('knowledge.items.read')
  async knowledgeItems(
    @Args('filter', { type: () => KnowledgeItemFilter, nullable: true }) filter: KnowledgeItemFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<KnowledgeItemPageType> {
    checkPage(first, offset);
    const page = await this.items.list(filter ?? {}, first, offset);
    return { nodes: page.nodes.map(toItemType), totalCount: page.totalCount };
  }

  @Query(() => KnowledgeItemConnection, { description: 'Items the viewer may see, a page at a time: filtered, sorted (newest first by default) and paged on the server' })
  @RequirePermission('knowledge.items.read')
  async knowledgeItemsPage(
    @Args('filter', { type: () => KnowledgeItemFilter, nullable: true }) filter: KnowledgeItemFilter,
    @Args('sort', { type: () => KnowledgeItemSort, nullable: true }) sort: KnowledgeItemSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<KnowledgeItemConnection> {
    const page = await this.items.page(filter ?? {}, sort ?? { field: KnowledgeItemSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: page.nodes.map(toItemType) };
  }

  @Query(() => KnowledgeItemType, { description: 'One item; reading it is recorded for the knowledge-sharing index' })
  @RequirePermission('knowledge.items.read')
  async knowledgeItem(@Args('id', { type: () => ID }) id: string): Promise<KnowledgeItemType> {
    return toItemType(await this.items.read(id));
  }

  @Query(() => [KnowledgeItemVersionType], { description: 'Every version, newest first' })
  @RequirePermission('knowledge.items.read')
  async knowledgeItemVersions(@Args('id', { type: () => ID }) id: string): Promise<KnowledgeItemVersionType[]> {
    const versions = await this.items.versions(id);
    const people = await this.hydrator.personRefs(versions.flatMap((v) => (v.editedById ? [v.editedById] : [])));
    return versions.map((v) => toVersionType(v, people));
  }

  @Mutation(() => KnowledgeItemType, { description: 'Creates an item (a PRIVATE draft unless another visibility is given)' })
  @RequirePermission('knowledge.items.write')
  async createKnowledgeItem(@Args('input') input: CreateKnowledgeItemInput): Promise<KnowledgeItemType> {
    return toItemType(await this.items.create(input));
  }

  @Mutation(() => KnowledgeItemType, { description: 'Edits an item; the previous state stays as a version' })
  @RequirePermission('knowledge.items.write')
  async updateKnowledgeItem(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateKnowledgeItemInput): Promise<KnowledgeItemType> {
    return toItemType(await this.items.update(id, input));
  }

  @Mutation(() => KnowledgeItemType)
  @RequirePermission('knowledge.items.read')
  async bookmarkKnowledgeItem(@Args('id', { type: () => ID }) id: string, @Args('bookmarked', { defaultValue: true }) bookmarked: boolean): Promise<KnowledgeItemType> {
    return toItemType(await this.items.bookmark(id, bookmarked));
  }

  @Mutation(() => KnowledgeItemType, { description: 'Takes an item out of lists and search; its versions stay and it can be restored' })
  @RequirePermission('knowledge.items.write')
  async archiveKnowledgeItem(@Args('id', { type: () => ID }) id: string): Promise<KnowledgeItemType> {
    return toItemType(await this.lifecycle.archive(id));
  }

  @Mutation(() => KnowledgeItemType, { description: 'Brings an archived item back into lists and search' })
  @RequirePermission('knowledge.items.write')
  async restoreKnowledgeItem(@Args('id', { type: () => ID }) id: string): Promise<KnowledgeItemType> {
    return toItemType(await this.lifecycle.restore(id));
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft that was never published, with its versions (a published item is archived instead)' })
  @RequirePermission('knowledge.items.write')
  deleteKnowledgeItem(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.lifecycle.delete(id);
  }
}
