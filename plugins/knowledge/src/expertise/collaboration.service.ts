import { DataService } from '@cadre/sdk';
import { Inject, Injectable, type OnModuleInit, Optional } from '@cadre/sdk/common';
import { KnowledgeItemAuthorEntity } from '../items/knowledge-item-author.entity.js';
import { KnowledgeItemEntity } from '../items/knowledge-item.entity.js';
import type { StructureCollaboration, StructureOrg } from '@cadre/plugin-structure/contracts';
import type { KnowledgeCollaboration } from '../contracts.js';

/**
 * Published as 'knowledge.collaboration': co-authorship across units, for structure's
 * collaboration graph. Each published item adds 1 to every pair of distinct units among its
 * authors (drafts do not count). Structure cannot inject a plugin that depends on it, so this
 * also registers itself with 'structure.collaboration' when structure offers that registry.
 */
@Injectable()
export class CollaborationService implements OnModuleInit, KnowledgeCollaboration {
  constructor(
    private readonly data: DataService,
    @Inject('structure.org') private readonly org: StructureOrg,
    @Optional() @Inject('structure.collaboration') private readonly registry?: StructureCollaboration | null,
  ) {}

  onModuleInit(): void {
    this.registry?.register('knowledge', this);
  }

  async coAuthorEdges(): Promise<Array<{ unitA: string; unitB: string; weight: number }>> {
    const published = new Set((await this.data.repo(KnowledgeItemEntity).query('i').select(['i.id']).andWhere('i.visibility != :p', { p: 'private' }).getMany()).map((i) => i.id));
    const authorsByItem = new Map<string, string[]>();
    for (const a of await this.data.repo(KnowledgeItemAuthorEntity).find()) {
      if (published.has(a.itemId)) authorsByItem.set(a.itemId, [...(authorsByItem.get(a.itemId) ?? []), a.personId]);
    }
    const unitOf = new Map<string, string | null>();
    const weights = new Map<string, number>();
    for (const authors of authorsByItem.values()) {
      if (authors.length < 2) continue;
      const units = new Set<string>();
      for (const personId of authors) {
        if (!unitOf.has(personId)) unitOf.set(personId, await this.org.unitOfPerson(personId));
        const unit = unitOf.get(personId);
        if (unit) units.add(unit);
      }
      const sorted = [...units].sort();
      for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) weights.set(`${sorted[i]}|${sorted[j]}`, (weights.get(`${sorted[i]}|${sorted[j]}`) ?? 0) + 1);
    }
    return [...weights.entries()].map(([key, weight]) => ({ unitA: key.split('|')[0], unitB: key.split('|')[1], weight })).sort((a, b) => b.weight - a.weight || a.unitA.localeCompare(b.unitA) || a.unitB.localeCompare(b.unitB));
  }
}
