// Names for the result shapes the knowledge console works with, all derived from the types
// generated for its documents (./gql): nothing here is written by hand.
import type {
  KnowledgeExpertsQuery, KnowledgeItemFieldsFragment, KnowledgeItemFilter, KnowledgeItemKind, KnowledgeItemSummaryFieldsFragment, KnowledgeItemVersionsQuery, KnowledgePersonFieldsFragment,
  KnowledgeSearchQuery, KnowledgeSharingPageQuery, KnowledgeSharingRowFieldsFragment, KnowledgeTalkFieldsFragment, KnowledgeTeamSharingQuery, ScheduleTalkInput,
} from './gql/graphql.js';

export type { KnowledgeItemKind as ItemKind, KnowledgeTalkKind as TalkKind, KnowledgeTalkSortField as TalkSortField, KnowledgeTalkStatus as TalkStatus, KnowledgeVisibility as Visibility } from './gql/graphql.js';
export type { CreateKnowledgeItemInput as ItemInput } from './gql/graphql.js';

export const ITEM_KINDS: readonly KnowledgeItemKind[] = ['PAPER', 'PATENT', 'TECH_BLOG', 'DESIGN_DOC', 'BEST_PRACTICE', 'POST_MORTEM'];

export type KnowledgePerson = KnowledgePersonFieldsFragment;
export type ItemSummary = KnowledgeItemSummaryFieldsFragment;
export type Item = KnowledgeItemFieldsFragment;
export type ItemVersion = KnowledgeItemVersionsQuery['knowledgeItemVersions'][number];
export type SearchHit = KnowledgeSearchQuery['searchKnowledge']['hits'][number];
export type Talk = KnowledgeTalkFieldsFragment;
export type Expert = KnowledgeExpertsQuery['experts']['experts'][number];
export type SkillTag = KnowledgeExpertsQuery['experts']['skill'];
export type SharingRow = KnowledgeSharingRowFieldsFragment;
export type SharingPage = KnowledgeSharingPageQuery['knowledgeSharingIndexPage'];
export type { KnowledgeSharingIndexSortField as SharingSortField } from './gql/graphql.js';
export type TeamSharingIndex = KnowledgeTeamSharingQuery['teamKnowledgeSharingIndex'];
export type ItemFilter = KnowledgeItemFilter;
export type ScheduleInput = ScheduleTalkInput;
