import { RequestContexts } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { Brackets, type SelectQueryBuilder } from '@cadre/sdk/orm';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { unitAndAncestors } from '../shared/org-units.js';
import { KnowledgeItemAuthorEntity } from './knowledge-item-author.entity.js';
import type { KnowledgeItemEntity } from './knowledge-item.entity.js';

export const MODERATE = 'knowledge.items.moderate';

/** Who is looking, as far as item visibility is concerned. */
export interface ViewerScope {
  personId: string | null;
  /** The viewer's unit and the units above it ('unit' items of those are visible). */
  unitIds: string[];
  /** Moderators see every unit's items (never someone else's private draft). */
  moderator: boolean;
  /** Background work (seed, events) sees everything. */
  system: boolean;
}

/**
 * Item visibility: 'tenant' → everyone who may read the knowledge base; 'unit' → members of the
 * unit and of its sub-units, plus moderators; 'private' (a draft) → its authors only. Authors
 * always see their items.
 */
@Injectable()
export class KnowledgeViewer {
  constructor(@Inject('structure.org') private readonly org: StructureOrg) {}

  async scope(): Promise<ViewerScope> {
    const ctx = RequestContexts.current();
    const personId = ctx?.personId ?? null;
    const unitId = personId ? await this.org.unitOfPerson(personId) : null;
    const unitIds = unitId ? unitAndAncestors(await this.org.units(), unitId) : [];
    return { personId, unitIds, moderator: !!ctx && (ctx.system === true || ctx.permissions.has(MODERATE)), system: ctx?.system === true };
  }

  /** Restricts a query over items (alias `alias`) to what the viewer may see. */
  restrict(q: SelectQueryBuilder<KnowledgeItemEntity>, alias: string, scope: ViewerScope): void {
    if (scope.system) return;
    q.andWhere(
      new Brackets((b) => {
        b.where(`${alias}.visibility = :visTenant`, { visTenant: 'tenant' });
        if (scope.moderator) b.orWhere(`${alias}.visibility = :visUnit`, { visUnit: 'unit' });
        else if (scope.unitIds.length) b.orWhere(`(${alias}.visibility = :visUnit AND ${alias}.unitId IN (:...visUnits))`, { visUnit: 'unit', visUnits: scope.unitIds });
        if (scope.personId) {
          const authored = q.subQuery().select('va.itemId').from(KnowledgeItemAuthorEntity, 'va').where('va.personId = :visMe').andWhere('va.tenantId = :__tenantId').getQuery();
          b.orWhere(`${alias}.id IN ${authored}`, { visMe: scope.personId });
        }
      }),
    );
  }

  canSee(item: Pick<KnowledgeItemEntity, 'visibility' | 'unitId'>, authorIds: string[], scope: ViewerScope): boolean {
    if (scope.system) return true;
    if (scope.personId && authorIds.includes(scope.personId)) return true;
    if (item.visibility === 'tenant') return true;
    if (item.visibility === 'unit') return scope.moderator || (!!item.unitId && scope.unitIds.includes(item.unitId));
    return false;
  }

  /** Authors edit their items; moderators edit any item they can see except others' drafts. */
  canEdit(item: Pick<KnowledgeItemEntity, 'visibility' | 'unitId'>, authorIds: string[], scope: ViewerScope): boolean {
    if (scope.system) return true;
    if (scope.personId && authorIds.includes(scope.personId)) return true;
    return scope.moderator && item.visibility !== 'private';
  }
}
