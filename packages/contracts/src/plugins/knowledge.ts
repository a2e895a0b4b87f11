// What the knowledge plugin publishes to other plugins (see ./attraction.ts for the pattern).

/** Published as 'knowledge.sharing-index': the knowledge-sharing index per person, no access checks. */
export const KNOWLEDGE_SHARING_INDEX = 'knowledge.sharing-index';

export interface KnowledgeSharingIndex {
  /** Every person with any sharing in the period (YYYY-MM-DD bounds) and their index. */
  indexByPerson(period: { from: string; to: string }): Promise<Map<string, number>>;
}
