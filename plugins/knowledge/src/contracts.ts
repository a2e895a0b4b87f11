// What the knowledge plugin publishes to other plugins: service ids with their interfaces. The
// only copy: a plugin that uses them imports this file for types only
// (`import type … from '@cadre/plugin-knowledge/contracts'`, enforced by check-imports) and
// injects by the id string, so no plugin loads another's code.

/** Service ids, injected with `@Inject('knowledge.expertise')` etc. */
export const KNOWLEDGE_SERVICES = {
  expertise: 'knowledge.expertise',
  collaboration: 'knowledge.collaboration',
  items: 'knowledge.items',
  sharingIndex: 'knowledge.sharing-index',
} as const;

/** 'knowledge.expertise': who knows a skill, best first. No access checks. */
export interface KnowledgeExpertise {
  /** `level`: the person's level in the skill (0 when none on file). */
  experts(skillId: string, limit?: number): Promise<Array<{ personId: string; score: number; level: number; evidence: string[] }>>;
  /** The same for several skills in one pass (unknown skill ids are left out of the map). */
  expertsFor(skillIds: string[], limit?: number): Promise<Map<string, Array<{ personId: string; score: number; level: number; evidence: string[] }>>>;
}

/** 'knowledge.collaboration': co-authorship across units (each published item adds 1 per pair of units). */
export interface KnowledgeCollaboration {
  coAuthorEdges(): Promise<Array<{ unitA: string; unitB: string; weight: number }>>;
}

export interface PublishedItemRef {
  id: string;
  kind: string;
  title: string;
  reference: string | null;
  authorIds: string[];
  publishedAt: string;
}

/**
 * 'knowledge.items': only items everyone in the tenant may see (published, tenant visibility),
 * so linking one never leaks a title.
 */
export interface KnowledgeItems {
  publishedItem(id: string): Promise<PublishedItemRef | null>;
  /** Of these kinds (e.g. paper, patent), newest first; limit defaults to 50, at most 500. */
  publishedItems(kinds: string[], limit?: number): Promise<PublishedItemRef[]>;
}

/** 'knowledge.sharing-index': the knowledge-sharing index per person, no access checks. */
export interface KnowledgeSharingIndex {
  /** Every person with any sharing in the period (YYYY-MM-DD bounds) and their index. */
  indexByPerson(period: { from: string; to: string }): Promise<Map<string, number>>;
}
