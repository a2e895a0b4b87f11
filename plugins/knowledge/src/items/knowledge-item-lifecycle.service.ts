import { ConflictError, DataService, ForbiddenError, RequestContexts, nowIso } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { KnowledgeBookmarkEntity } from './knowledge-bookmark.entity.js';
import { KnowledgeItemAuthorEntity } from './knowledge-item-author.entity.js';
import { KnowledgeItemSkillEntity } from './knowledge-item-skill.entity.js';
import { KnowledgeItemVersionEntity } from './knowledge-item-version.entity.js';
import { KnowledgeItemEntity } from './knowledge-item.entity.js';
import { KnowledgeItemHydrator, type ItemView } from './knowledge-item.hydrator.js';
import { KnowledgeItemService } from './knowledge-item.service.js';
import { KnowledgeReadEntity } from './knowledge-read.entity.js';
import { KnowledgeViewer } from './knowledge-viewer.service.js';

const EDITORS_ONLY_MESSAGE = 'Only its authors (and knowledge moderators, for published items) may archive, restore or delete this item';

/**
 * Archive, restore and delete. A published item is archived, never deleted: others read and cited
 * it, its versions stay and the knowledge-sharing index keeps counting it. Only a draft that never
 * left its authors can be deleted, with its versions.
 */
@Injectable()
export class KnowledgeItemLifecycle {
  constructor(
    private readonly data: DataService,
    private readonly items: KnowledgeItemService,
    private readonly viewer: KnowledgeViewer,
    private readonly hydrator: KnowledgeItemHydrator,
  ) {}

  archive(id: string): Promise<ItemView> {
    return this.change(id, (item, by) => {
      if (item.archivedAt) throw new ConflictError('This item is archived already');
      item.archivedAt = nowIso();
      item.archivedById = by;
    });
  }

  restore(id: string): Promise<ItemView> {
    return this.change(id, (item) => {
      if (!item.archivedAt) throw new ConflictError('This item is not archived');
      item.archivedAt = null;
      item.archivedById = null;
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const { item, authorIds, scope } = await this.items.visible(id);
      if (!this.viewer.canEdit(item, authorIds, scope)) throw new ForbiddenError(EDITORS_ONLY_MESSAGE);
      if (item.publishedAt) throw new ConflictError('A published item is archived, not deleted: its versions and readers stay');
      for (const entity of [KnowledgeItemVersionEntity, KnowledgeItemAuthorEntity, KnowledgeItemSkillEntity, KnowledgeBookmarkEntity, KnowledgeReadEntity]) {
        await this.data.repo(entity).deleteBy({ itemId: id });
      }
      await this.data.repo(KnowledgeItemEntity).remove(item);
      this.audit(item, { title: item.title, version: item.version }, null);
      return true;
    });
  }

  /** Locks the row (the transaction's `visible` read), checks the viewer may edit, applies `fn`. */
  private change(id: string, fn: (item: KnowledgeItemEntity, by: string | null) => void): Promise<ItemView> {
    return this.data.transaction(async () => {
      const { item, authorIds, scope } = await this.items.visible(id);
      if (!this.viewer.canEdit(item, authorIds, scope)) throw new ForbiddenError(EDITORS_ONLY_MESSAGE);
      const before = { archivedAt: item.archivedAt };
      fn(item, scope.personId);
      await this.data.repo(KnowledgeItemEntity).save(item);
      this.audit(item, before, { archivedAt: item.archivedAt });
      return (await this.hydrator.hydrate([item], scope))[0];
    });
  }

  private audit(item: KnowledgeItemEntity, before: unknown, after: unknown): void {
    const ctx = RequestContexts.current();
    if (ctx) ctx.auditDetail = { targetType: 'KnowledgeItem', targetId: item.id, before, after };
  }
}
