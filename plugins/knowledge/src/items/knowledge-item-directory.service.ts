import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { KnowledgeItems, PublishedItemRef } from '../contracts.js';
import { KnowledgeItemAuthorEntity } from './knowledge-item-author.entity.js';
import { KnowledgeItemEntity } from './knowledge-item.entity.js';

/**
 * Published as 'knowledge.items' for development's research outputs: only items everyone in
 * the tenant may see (published, TENANT visibility), so linking one never leaks a title.
 */
@Injectable()
export class KnowledgeItemDirectory implements KnowledgeItems {
  constructor(private readonly data: DataService) {}

  async publishedItem(id: string): Promise<PublishedItemRef | null> {
    const item = await this.data.repo(KnowledgeItemEntity).findOneBy({ id });
    if (!item || item.visibility !== 'tenant' || !item.publishedAt) return null;
    const authors = await this.data.repo(KnowledgeItemAuthorEntity).find({ where: { itemId: id }, order: { position: 'ASC' } });
    return { id: item.id, kind: item.kind, title: item.title, reference: item.reference, authorIds: authors.map((a) => a.personId), publishedAt: item.publishedAt };
  }

  /** Tenant-visible published items of these kinds (e.g. paper, patent), newest first. */
  async publishedItems(kinds: string[], limit = 50): Promise<PublishedItemRef[]> {
    if (!kinds.length) return [];
    const items = await this.data.repo(KnowledgeItemEntity).query('i').andWhere('i.kind IN (:...kinds)', { kinds }).andWhere('i.visibility = :v', { v: 'tenant' }).andWhere('i.publishedAt IS NOT NULL').andWhere('i.archivedAt IS NULL')
      .orderBy('i.publishedAt', 'DESC').addOrderBy('i.id', 'DESC').take(Math.max(1, Math.min(limit, 500))).getMany();
    if (!items.length) return [];
    const authors = await this.data.repo(KnowledgeItemAuthorEntity).query('a').andWhere('a.itemId IN (:...ids)', { ids: items.map((i) => i.id) }).orderBy('a.position', 'ASC').getMany();
    return items.map((item) => ({ id: item.id, kind: item.kind, title: item.title, reference: item.reference, authorIds: authors.filter((a) => a.itemId === item.id).map((a) => a.personId), publishedAt: item.publishedAt! }));
  }
}
