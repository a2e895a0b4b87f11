/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateKnowledgeItemInput = {
  /** Default: the creator */
  authorIds?: Array<string> | null | undefined;
  /** Markdown */
  body: string;
  kind: KnowledgeItemKind;
  links?: Array<KnowledgeLinkInput> | null | undefined;
  reference?: string | null | undefined;
  skillIds?: Array<string> | null | undefined;
  title: string;
  /** For UNIT visibility; default: the creator's unit */
  unitId?: string | null | undefined;
  visibility?: KnowledgeVisibility;
};

export type KnowledgeItemFilter = {
  /** Archived items instead of live ones */
  archived?: boolean | null | undefined;
  authorId?: string | null | undefined;
  /** Only the items the viewer bookmarked */
  bookmarked?: boolean | null | undefined;
  /** Published on or after (YYYY-MM-DD) */
  from?: string | null | undefined;
  kinds?: Array<KnowledgeItemKind> | null | undefined;
  skillId?: string | null | undefined;
  /** Published on or before (YYYY-MM-DD) */
  to?: string | null | undefined;
  visibility?: KnowledgeVisibility | null | undefined;
};

export type KnowledgeItemKind =
  | 'BEST_PRACTICE'
  | 'DESIGN_DOC'
  | 'PAPER'
  | 'PATENT'
  | 'POST_MORTEM'
  | 'TECH_BLOG';

export type KnowledgeItemSort = {
  direction?: SortDirection;
  field: KnowledgeItemSortField;
};

export type KnowledgeItemSortField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

export type KnowledgeLinkInput = {
  title: string;
  url: string;
};

export type KnowledgeSharingIndexFilter = {
  /** Part of the person's name, any case */
  search?: string | null | undefined;
};

export type KnowledgeSharingIndexSort = {
  direction?: SortDirection;
  field: KnowledgeSharingIndexSortField;
};

export type KnowledgeSharingIndexSortField =
  | 'INDEX'
  | 'NAME';

export type KnowledgeTalkFilter = {
  /** Talks the person was invited to or attended */
  attendeeId?: string | null | undefined;
  /** On or after (YYYY-MM-DD) */
  from?: string | null | undefined;
  kind?: KnowledgeTalkKind | null | undefined;
  skillId?: string | null | undefined;
  speakerId?: string | null | undefined;
  status?: KnowledgeTalkStatus | null | undefined;
  /** On or before (YYYY-MM-DD) */
  to?: string | null | undefined;
  when?: KnowledgeTalkWhen | null | undefined;
};

/** TECH_TALK 技术分享会; BRAINSTORM 头脑风暴会 */
export type KnowledgeTalkKind =
  | 'BRAINSTORM'
  | 'TECH_TALK';

export type KnowledgeTalkSort = {
  direction?: SortDirection;
  field: KnowledgeTalkSortField;
};

export type KnowledgeTalkSortField =
  | 'SCHEDULED_AT'
  | 'TITLE';

export type KnowledgeTalkStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

/** UPCOMING: from now on, or still scheduled; PAST: before now */
export type KnowledgeTalkWhen =
  | 'PAST'
  | 'UPCOMING';

/** TENANT: everyone; UNIT: members of the unit and its sub-units; PRIVATE: a draft only its authors see */
export type KnowledgeVisibility =
  | 'PRIVATE'
  | 'TENANT'
  | 'UNIT';

export type ScheduleTalkInput = {
  abstract?: string;
  durationMinutes?: number;
  inviteeIds?: Array<string> | null | undefined;
  kind?: KnowledgeTalkKind;
  location?: string;
  recordingUrl?: string | null | undefined;
  /** UTC ISO timestamp */
  scheduledAt: string;
  skillIds?: Array<string> | null | undefined;
  speakerId: string;
  title: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateKnowledgeItemInput = {
  authorIds?: Array<string> | null | undefined;
  body?: string | null | undefined;
  /** The updatedAt you read: if the item changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  kind?: KnowledgeItemKind | null | undefined;
  links?: Array<KnowledgeLinkInput> | null | undefined;
  /** What changed (kept with the version) */
  note?: string | null | undefined;
  reference?: string | null | undefined;
  skillIds?: Array<string> | null | undefined;
  title?: string | null | undefined;
  unitId?: string | null | undefined;
  visibility?: KnowledgeVisibility | null | undefined;
};

export type UpdateTalkInput = {
  abstract?: string | null | undefined;
  /** Cancels the talk (a held talk cannot be cancelled) */
  cancelled?: boolean | null | undefined;
  location?: string | null | undefined;
  /** Markdown */
  notes?: string | null | undefined;
  recordingUrl?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  title?: string | null | undefined;
};

export type KnowledgePersonFieldsFragment = { id: string, name: string, title: string };

export type KnowledgeItemSummaryFieldsFragment = { id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> };

export type KnowledgeItemFieldsFragment = { body: string, bodyHtml: string, unitId: string | null, canEdit: boolean, createdAt: string, archivedAt: string | null, id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, links: Array<{ title: string, url: string }>, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> };

export type KnowledgeTalkFieldsFragment = { id: string, kind: KnowledgeTalkKind, title: string, abstract: string, scheduledAt: string, durationMinutes: number, location: string, recordingUrl: string | null, notes: string, notesHtml: string, status: KnowledgeTalkStatus, canEdit: boolean, speaker: { id: string, name: string, title: string }, organiser: { id: string, name: string, title: string } | null, skills: Array<{ id: string, name: string }>, invitees: Array<{ id: string, name: string, title: string }>, attendees: Array<{ id: string, name: string, title: string }> };

export type KnowledgeSharingRowFieldsFragment = { index: number, itemsPublished: number, talksGiven: number, talksAttended: number, reviews: number, readsByOthers: number, bookmarksByOthers: number, person: { id: string, name: string, title: string } };

export type KnowledgeItemsQueryVariables = Exact<{
  filter?: KnowledgeItemFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type KnowledgeItemsQuery = { knowledgeItems: { totalCount: number, nodes: Array<{ id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> }> } };

export type KnowledgeItemsPageQueryVariables = Exact<{
  filter?: KnowledgeItemFilter | null | undefined;
  sort?: KnowledgeItemSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type KnowledgeItemsPageQuery = { knowledgeItemsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> }> } };

export type KnowledgeItemQueryVariables = Exact<{
  id: string;
}>;


export type KnowledgeItemQuery = { knowledgeItem: { body: string, bodyHtml: string, unitId: string | null, canEdit: boolean, createdAt: string, archivedAt: string | null, id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, links: Array<{ title: string, url: string }>, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> } };

export type KnowledgeItemVersionsQueryVariables = Exact<{
  id: string;
}>;


export type KnowledgeItemVersionsQuery = { knowledgeItemVersions: Array<{ version: number, title: string, kind: KnowledgeItemKind, visibility: KnowledgeVisibility, bodyHtml: string, note: string, createdAt: string, editedBy: { id: string, name: string, title: string } | null }> };

export type KnowledgeSearchQueryVariables = Exact<{
  query: string;
  filter?: KnowledgeItemFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type KnowledgeSearchQuery = { searchKnowledge: { totalCount: number, terms: Array<string>, hits: Array<{ score: number, titleHtml: string, snippetHtml: string, item: { id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> } }> } };

export type KnowledgeBookmarkMutationVariables = Exact<{
  id: string;
  bookmarked: boolean;
}>;


export type KnowledgeBookmarkMutation = { bookmarkKnowledgeItem: { id: string, bookmarked: boolean, bookmarkCount: number } };

export type KnowledgeArchiveItemMutationVariables = Exact<{
  id: string;
}>;


export type KnowledgeArchiveItemMutation = { archiveKnowledgeItem: { id: string, archivedAt: string | null } };

export type KnowledgeRestoreItemMutationVariables = Exact<{
  id: string;
}>;


export type KnowledgeRestoreItemMutation = { restoreKnowledgeItem: { id: string, archivedAt: string | null } };

export type KnowledgeDeleteItemMutationVariables = Exact<{
  id: string;
}>;


export type KnowledgeDeleteItemMutation = { deleteKnowledgeItem: boolean };

export type KnowledgeCreateItemMutationVariables = Exact<{
  input: CreateKnowledgeItemInput;
}>;


export type KnowledgeCreateItemMutation = { createKnowledgeItem: { body: string, bodyHtml: string, unitId: string | null, canEdit: boolean, createdAt: string, archivedAt: string | null, id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, links: Array<{ title: string, url: string }>, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> } };

export type KnowledgeUpdateItemMutationVariables = Exact<{
  id: string;
  input: UpdateKnowledgeItemInput;
}>;


export type KnowledgeUpdateItemMutation = { updateKnowledgeItem: { body: string, bodyHtml: string, unitId: string | null, canEdit: boolean, createdAt: string, archivedAt: string | null, id: string, kind: KnowledgeItemKind, title: string, summary: string, reference: string | null, visibility: KnowledgeVisibility, version: number, publishedAt: string | null, updatedAt: string, readCount: number, bookmarkCount: number, bookmarked: boolean, links: Array<{ title: string, url: string }>, authors: Array<{ id: string, name: string, title: string }>, skills: Array<{ id: string, name: string }> } };

export type KnowledgeSkillTagsQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type KnowledgeSkillTagsQuery = { knowledgeSkillTags: Array<{ id: string, name: string, categoryName: string, items: number }> };

export type KnowledgeTalksPageQueryVariables = Exact<{
  filter?: KnowledgeTalkFilter | null | undefined;
  sort?: KnowledgeTalkSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type KnowledgeTalksPageQuery = { talksPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: KnowledgeTalkKind, title: string, abstract: string, scheduledAt: string, durationMinutes: number, location: string, recordingUrl: string | null, notes: string, notesHtml: string, status: KnowledgeTalkStatus, canEdit: boolean, speaker: { id: string, name: string, title: string }, organiser: { id: string, name: string, title: string } | null, skills: Array<{ id: string, name: string }>, invitees: Array<{ id: string, name: string, title: string }>, attendees: Array<{ id: string, name: string, title: string }> }> } };

export type KnowledgeTalkQueryVariables = Exact<{
  id: string;
}>;


export type KnowledgeTalkQuery = { talk: { id: string, kind: KnowledgeTalkKind, title: string, abstract: string, scheduledAt: string, durationMinutes: number, location: string, recordingUrl: string | null, notes: string, notesHtml: string, status: KnowledgeTalkStatus, canEdit: boolean, speaker: { id: string, name: string, title: string }, organiser: { id: string, name: string, title: string } | null, skills: Array<{ id: string, name: string }>, invitees: Array<{ id: string, name: string, title: string }>, attendees: Array<{ id: string, name: string, title: string }> } };

export type KnowledgeScheduleTalkMutationVariables = Exact<{
  input: ScheduleTalkInput;
}>;


export type KnowledgeScheduleTalkMutation = { scheduleTalk: { id: string, kind: KnowledgeTalkKind, title: string, abstract: string, scheduledAt: string, durationMinutes: number, location: string, recordingUrl: string | null, notes: string, notesHtml: string, status: KnowledgeTalkStatus, canEdit: boolean, speaker: { id: string, name: string, title: string }, organiser: { id: string, name: string, title: string } | null, skills: Array<{ id: string, name: string }>, invitees: Array<{ id: string, name: string, title: string }>, attendees: Array<{ id: string, name: string, title: string }> } };

export type KnowledgeUpdateTalkMutationVariables = Exact<{
  id: string;
  input: UpdateTalkInput;
}>;


export type KnowledgeUpdateTalkMutation = { updateTalk: { id: string, kind: KnowledgeTalkKind, title: string, abstract: string, scheduledAt: string, durationMinutes: number, location: string, recordingUrl: string | null, notes: string, notesHtml: string, status: KnowledgeTalkStatus, canEdit: boolean, speaker: { id: string, name: string, title: string }, organiser: { id: string, name: string, title: string } | null, skills: Array<{ id: string, name: string }>, invitees: Array<{ id: string, name: string, title: string }>, attendees: Array<{ id: string, name: string, title: string }> } };

export type KnowledgeAttendanceMutationVariables = Exact<{
  talkId: string;
  attendeeIds: Array<string> | string;
}>;


export type KnowledgeAttendanceMutation = { recordAttendance: { id: string, kind: KnowledgeTalkKind, title: string, abstract: string, scheduledAt: string, durationMinutes: number, location: string, recordingUrl: string | null, notes: string, notesHtml: string, status: KnowledgeTalkStatus, canEdit: boolean, speaker: { id: string, name: string, title: string }, organiser: { id: string, name: string, title: string } | null, skills: Array<{ id: string, name: string }>, invitees: Array<{ id: string, name: string, title: string }>, attendees: Array<{ id: string, name: string, title: string }> } };

export type KnowledgeExpertsQueryVariables = Exact<{
  skillId: string;
  limit: number;
}>;


export type KnowledgeExpertsQuery = { experts: { formula: string, skill: { id: string, name: string }, experts: Array<{ score: number, level: number, items: number, talks: number, reviews: number, evidence: Array<string>, person: { id: string, name: string, title: string } }> } };

export type KnowledgeSharingQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  personIds?: Array<string> | string | null | undefined;
}>;


export type KnowledgeSharingQuery = { knowledgeSharingIndex: { formula: string, from: string, to: string, people: Array<{ index: number, itemsPublished: number, talksGiven: number, talksAttended: number, reviews: number, readsByOthers: number, bookmarksByOthers: number, person: { id: string, name: string, title: string } }> } };

export type KnowledgeSharingPageQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  filter?: KnowledgeSharingIndexFilter | null | undefined;
  sort?: KnowledgeSharingIndexSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type KnowledgeSharingPageQuery = { knowledgeSharingIndexPage: { formula: string, from: string, to: string, totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ index: number, itemsPublished: number, talksGiven: number, talksAttended: number, reviews: number, readsByOthers: number, bookmarksByOthers: number, person: { id: string, name: string, title: string } }> } };

export type KnowledgeTeamSharingQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type KnowledgeTeamSharingQuery = { teamKnowledgeSharingIndex: { formula: string, from: string, to: string, teams: Array<{ unitId: string, unitName: string, members: number, index: number, total: number, top: { index: number, itemsPublished: number, talksGiven: number, talksAttended: number, reviews: number, readsByOthers: number, bookmarksByOthers: number, person: { id: string, name: string, title: string } } | null }> } };

export type KnowledgeReviewRepositoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeReviewRepositoriesQuery = { codeReviewRepositories: Array<{ name: string, reviews: number, skills: Array<{ id: string, name: string }> }> };

export type KnowledgeReviewRepositoryFieldsFragment = { name: string, reviews: number, skills: Array<{ id: string, name: string }> };

export type KnowledgeSetRepositorySkillsMutationVariables = Exact<{
  repository: string;
  skillIds: Array<string> | string;
}>;


export type KnowledgeSetRepositorySkillsMutation = { setCodeReviewRepositorySkills: { name: string, reviews: number, skills: Array<{ id: string, name: string }> } };

export type KnowledgeImportCodeReviewsMutationVariables = Exact<{
  csv: string;
}>;


export type KnowledgeImportCodeReviewsMutation = { importCodeReviews: { rows: number, imported: number, duplicates: number, errors: Array<{ row: number, field: string, message: string }> } };

export type KnowledgeReviewWebhookQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeReviewWebhookQuery = { codeReviewWebhook: { configured: boolean, path: string, signatureHeader: string, tenantHeader: string, payloadExample: string, recentDeliveries: Array<{ id: string, accepted: boolean, reason: string, ip: string | null, reviews: number, receivedAt: string }> } };

export type KnowledgeRotateWebhookSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeRotateWebhookSecretMutation = { rotateKnowledgeWebhookSecret: { secret: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KnowledgePersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
    `, {"fragmentName":"KnowledgePersonFields"}) as unknown as TypedDocumentString<KnowledgePersonFieldsFragment, unknown>;
export const KnowledgeItemSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}`, {"fragmentName":"KnowledgeItemSummaryFields"}) as unknown as TypedDocumentString<KnowledgeItemSummaryFieldsFragment, unknown>;
export const KnowledgeItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeItemFields on KnowledgeItem {
  ...KnowledgeItemSummaryFields
  body
  bodyHtml
  unitId
  links {
    title
    url
  }
  canEdit
  createdAt
  archivedAt
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}`, {"fragmentName":"KnowledgeItemFields"}) as unknown as TypedDocumentString<KnowledgeItemFieldsFragment, unknown>;
export const KnowledgeTalkFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeTalkFields on KnowledgeTalk {
  id
  kind
  title
  abstract
  speaker {
    ...KnowledgePersonFields
  }
  organiser {
    ...KnowledgePersonFields
  }
  scheduledAt
  durationMinutes
  location
  recordingUrl
  notes
  notesHtml
  status
  skills {
    id
    name
  }
  invitees {
    ...KnowledgePersonFields
  }
  attendees {
    ...KnowledgePersonFields
  }
  canEdit
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}`, {"fragmentName":"KnowledgeTalkFields"}) as unknown as TypedDocumentString<KnowledgeTalkFieldsFragment, unknown>;
export const KnowledgeSharingRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {
  person {
    ...KnowledgePersonFields
  }
  index
  itemsPublished
  talksGiven
  talksAttended
  reviews
  readsByOthers
  bookmarksByOthers
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}`, {"fragmentName":"KnowledgeSharingRowFields"}) as unknown as TypedDocumentString<KnowledgeSharingRowFieldsFragment, unknown>;
export const KnowledgeReviewRepositoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeReviewRepositoryFields on CodeReviewRepository {
  name
  reviews
  skills {
    id
    name
  }
}
    `, {"fragmentName":"KnowledgeReviewRepositoryFields"}) as unknown as TypedDocumentString<KnowledgeReviewRepositoryFieldsFragment, unknown>;
export const KnowledgeItemsDocument = new TypedDocumentString(`
    query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {
  knowledgeItems(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...KnowledgeItemSummaryFields
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}`) as unknown as TypedDocumentString<KnowledgeItemsQuery, KnowledgeItemsQueryVariables>;
export const KnowledgeItemsPageDocument = new TypedDocumentString(`
    query KnowledgeItemsPage($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {
  knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...KnowledgeItemSummaryFields
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}`) as unknown as TypedDocumentString<KnowledgeItemsPageQuery, KnowledgeItemsPageQueryVariables>;
export const KnowledgeItemDocument = new TypedDocumentString(`
    query KnowledgeItem($id: ID!) {
  knowledgeItem(id: $id) {
    ...KnowledgeItemFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}
fragment KnowledgeItemFields on KnowledgeItem {
  ...KnowledgeItemSummaryFields
  body
  bodyHtml
  unitId
  links {
    title
    url
  }
  canEdit
  createdAt
  archivedAt
}`) as unknown as TypedDocumentString<KnowledgeItemQuery, KnowledgeItemQueryVariables>;
export const KnowledgeItemVersionsDocument = new TypedDocumentString(`
    query KnowledgeItemVersions($id: ID!) {
  knowledgeItemVersions(id: $id) {
    version
    title
    kind
    visibility
    bodyHtml
    note
    createdAt
    editedBy {
      ...KnowledgePersonFields
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}`) as unknown as TypedDocumentString<KnowledgeItemVersionsQuery, KnowledgeItemVersionsQueryVariables>;
export const KnowledgeSearchDocument = new TypedDocumentString(`
    query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {
  searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) {
    totalCount
    terms
    hits {
      score
      titleHtml
      snippetHtml
      item {
        ...KnowledgeItemSummaryFields
      }
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}`) as unknown as TypedDocumentString<KnowledgeSearchQuery, KnowledgeSearchQueryVariables>;
export const KnowledgeBookmarkDocument = new TypedDocumentString(`
    mutation KnowledgeBookmark($id: ID!, $bookmarked: Boolean!) {
  bookmarkKnowledgeItem(id: $id, bookmarked: $bookmarked) {
    id
    bookmarked
    bookmarkCount
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBookmarkMutation, KnowledgeBookmarkMutationVariables>;
export const KnowledgeArchiveItemDocument = new TypedDocumentString(`
    mutation KnowledgeArchiveItem($id: ID!) {
  archiveKnowledgeItem(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<KnowledgeArchiveItemMutation, KnowledgeArchiveItemMutationVariables>;
export const KnowledgeRestoreItemDocument = new TypedDocumentString(`
    mutation KnowledgeRestoreItem($id: ID!) {
  restoreKnowledgeItem(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<KnowledgeRestoreItemMutation, KnowledgeRestoreItemMutationVariables>;
export const KnowledgeDeleteItemDocument = new TypedDocumentString(`
    mutation KnowledgeDeleteItem($id: ID!) {
  deleteKnowledgeItem(id: $id)
}
    `) as unknown as TypedDocumentString<KnowledgeDeleteItemMutation, KnowledgeDeleteItemMutationVariables>;
export const KnowledgeCreateItemDocument = new TypedDocumentString(`
    mutation KnowledgeCreateItem($input: CreateKnowledgeItemInput!) {
  createKnowledgeItem(input: $input) {
    ...KnowledgeItemFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}
fragment KnowledgeItemFields on KnowledgeItem {
  ...KnowledgeItemSummaryFields
  body
  bodyHtml
  unitId
  links {
    title
    url
  }
  canEdit
  createdAt
  archivedAt
}`) as unknown as TypedDocumentString<KnowledgeCreateItemMutation, KnowledgeCreateItemMutationVariables>;
export const KnowledgeUpdateItemDocument = new TypedDocumentString(`
    mutation KnowledgeUpdateItem($id: ID!, $input: UpdateKnowledgeItemInput!) {
  updateKnowledgeItem(id: $id, input: $input) {
    ...KnowledgeItemFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeItemSummaryFields on KnowledgeItem {
  id
  kind
  title
  summary
  reference
  visibility
  version
  authors {
    ...KnowledgePersonFields
  }
  skills {
    id
    name
  }
  publishedAt
  updatedAt
  readCount
  bookmarkCount
  bookmarked
}
fragment KnowledgeItemFields on KnowledgeItem {
  ...KnowledgeItemSummaryFields
  body
  bodyHtml
  unitId
  links {
    title
    url
  }
  canEdit
  createdAt
  archivedAt
}`) as unknown as TypedDocumentString<KnowledgeUpdateItemMutation, KnowledgeUpdateItemMutationVariables>;
export const KnowledgeSkillTagsDocument = new TypedDocumentString(`
    query KnowledgeSkillTags($query: String) {
  knowledgeSkillTags(query: $query) {
    id
    name
    categoryName
    items
  }
}
    `) as unknown as TypedDocumentString<KnowledgeSkillTagsQuery, KnowledgeSkillTagsQueryVariables>;
export const KnowledgeTalksPageDocument = new TypedDocumentString(`
    query KnowledgeTalksPage($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {
  talksPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...KnowledgeTalkFields
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeTalkFields on KnowledgeTalk {
  id
  kind
  title
  abstract
  speaker {
    ...KnowledgePersonFields
  }
  organiser {
    ...KnowledgePersonFields
  }
  scheduledAt
  durationMinutes
  location
  recordingUrl
  notes
  notesHtml
  status
  skills {
    id
    name
  }
  invitees {
    ...KnowledgePersonFields
  }
  attendees {
    ...KnowledgePersonFields
  }
  canEdit
}`) as unknown as TypedDocumentString<KnowledgeTalksPageQuery, KnowledgeTalksPageQueryVariables>;
export const KnowledgeTalkDocument = new TypedDocumentString(`
    query KnowledgeTalk($id: ID!) {
  talk(id: $id) {
    ...KnowledgeTalkFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeTalkFields on KnowledgeTalk {
  id
  kind
  title
  abstract
  speaker {
    ...KnowledgePersonFields
  }
  organiser {
    ...KnowledgePersonFields
  }
  scheduledAt
  durationMinutes
  location
  recordingUrl
  notes
  notesHtml
  status
  skills {
    id
    name
  }
  invitees {
    ...KnowledgePersonFields
  }
  attendees {
    ...KnowledgePersonFields
  }
  canEdit
}`) as unknown as TypedDocumentString<KnowledgeTalkQuery, KnowledgeTalkQueryVariables>;
export const KnowledgeScheduleTalkDocument = new TypedDocumentString(`
    mutation KnowledgeScheduleTalk($input: ScheduleTalkInput!) {
  scheduleTalk(input: $input) {
    ...KnowledgeTalkFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeTalkFields on KnowledgeTalk {
  id
  kind
  title
  abstract
  speaker {
    ...KnowledgePersonFields
  }
  organiser {
    ...KnowledgePersonFields
  }
  scheduledAt
  durationMinutes
  location
  recordingUrl
  notes
  notesHtml
  status
  skills {
    id
    name
  }
  invitees {
    ...KnowledgePersonFields
  }
  attendees {
    ...KnowledgePersonFields
  }
  canEdit
}`) as unknown as TypedDocumentString<KnowledgeScheduleTalkMutation, KnowledgeScheduleTalkMutationVariables>;
export const KnowledgeUpdateTalkDocument = new TypedDocumentString(`
    mutation KnowledgeUpdateTalk($id: ID!, $input: UpdateTalkInput!) {
  updateTalk(id: $id, input: $input) {
    ...KnowledgeTalkFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeTalkFields on KnowledgeTalk {
  id
  kind
  title
  abstract
  speaker {
    ...KnowledgePersonFields
  }
  organiser {
    ...KnowledgePersonFields
  }
  scheduledAt
  durationMinutes
  location
  recordingUrl
  notes
  notesHtml
  status
  skills {
    id
    name
  }
  invitees {
    ...KnowledgePersonFields
  }
  attendees {
    ...KnowledgePersonFields
  }
  canEdit
}`) as unknown as TypedDocumentString<KnowledgeUpdateTalkMutation, KnowledgeUpdateTalkMutationVariables>;
export const KnowledgeAttendanceDocument = new TypedDocumentString(`
    mutation KnowledgeAttendance($talkId: ID!, $attendeeIds: [ID!]!) {
  recordAttendance(talkId: $talkId, attendeeIds: $attendeeIds) {
    ...KnowledgeTalkFields
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeTalkFields on KnowledgeTalk {
  id
  kind
  title
  abstract
  speaker {
    ...KnowledgePersonFields
  }
  organiser {
    ...KnowledgePersonFields
  }
  scheduledAt
  durationMinutes
  location
  recordingUrl
  notes
  notesHtml
  status
  skills {
    id
    name
  }
  invitees {
    ...KnowledgePersonFields
  }
  attendees {
    ...KnowledgePersonFields
  }
  canEdit
}`) as unknown as TypedDocumentString<KnowledgeAttendanceMutation, KnowledgeAttendanceMutationVariables>;
export const KnowledgeExpertsDocument = new TypedDocumentString(`
    query KnowledgeExperts($skillId: ID!, $limit: Int!) {
  experts(skillId: $skillId, limit: $limit) {
    formula
    skill {
      id
      name
    }
    experts {
      person {
        ...KnowledgePersonFields
      }
      score
      level
      items
      talks
      reviews
      evidence
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}`) as unknown as TypedDocumentString<KnowledgeExpertsQuery, KnowledgeExpertsQueryVariables>;
export const KnowledgeSharingDocument = new TypedDocumentString(`
    query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) {
  knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) {
    formula
    from
    to
    people {
      ...KnowledgeSharingRowFields
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {
  person {
    ...KnowledgePersonFields
  }
  index
  itemsPublished
  talksGiven
  talksAttended
  reviews
  readsByOthers
  bookmarksByOthers
}`) as unknown as TypedDocumentString<KnowledgeSharingQuery, KnowledgeSharingQueryVariables>;
export const KnowledgeSharingPageDocument = new TypedDocumentString(`
    query KnowledgeSharingPage($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {
  knowledgeSharingIndexPage(
    from: $from
    to: $to
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    formula
    from
    to
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...KnowledgeSharingRowFields
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {
  person {
    ...KnowledgePersonFields
  }
  index
  itemsPublished
  talksGiven
  talksAttended
  reviews
  readsByOthers
  bookmarksByOthers
}`) as unknown as TypedDocumentString<KnowledgeSharingPageQuery, KnowledgeSharingPageQueryVariables>;
export const KnowledgeTeamSharingDocument = new TypedDocumentString(`
    query KnowledgeTeamSharing($from: String, $to: String) {
  teamKnowledgeSharingIndex(from: $from, to: $to) {
    formula
    from
    to
    teams {
      unitId
      unitName
      members
      index
      total
      top {
        ...KnowledgeSharingRowFields
      }
    }
  }
}
    fragment KnowledgePersonFields on KnowledgePerson {
  id
  name
  title
}
fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {
  person {
    ...KnowledgePersonFields
  }
  index
  itemsPublished
  talksGiven
  talksAttended
  reviews
  readsByOthers
  bookmarksByOthers
}`) as unknown as TypedDocumentString<KnowledgeTeamSharingQuery, KnowledgeTeamSharingQueryVariables>;
export const KnowledgeReviewRepositoriesDocument = new TypedDocumentString(`
    query KnowledgeReviewRepositories {
  codeReviewRepositories {
    ...KnowledgeReviewRepositoryFields
  }
}
    fragment KnowledgeReviewRepositoryFields on CodeReviewRepository {
  name
  reviews
  skills {
    id
    name
  }
}`) as unknown as TypedDocumentString<KnowledgeReviewRepositoriesQuery, KnowledgeReviewRepositoriesQueryVariables>;
export const KnowledgeSetRepositorySkillsDocument = new TypedDocumentString(`
    mutation KnowledgeSetRepositorySkills($repository: String!, $skillIds: [ID!]!) {
  setCodeReviewRepositorySkills(repository: $repository, skillIds: $skillIds) {
    ...KnowledgeReviewRepositoryFields
  }
}
    fragment KnowledgeReviewRepositoryFields on CodeReviewRepository {
  name
  reviews
  skills {
    id
    name
  }
}`) as unknown as TypedDocumentString<KnowledgeSetRepositorySkillsMutation, KnowledgeSetRepositorySkillsMutationVariables>;
export const KnowledgeImportCodeReviewsDocument = new TypedDocumentString(`
    mutation KnowledgeImportCodeReviews($csv: String!) {
  importCodeReviews(csv: $csv) {
    rows
    imported
    duplicates
    errors {
      row
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeImportCodeReviewsMutation, KnowledgeImportCodeReviewsMutationVariables>;
export const KnowledgeReviewWebhookDocument = new TypedDocumentString(`
    query KnowledgeReviewWebhook {
  codeReviewWebhook {
    configured
    path
    signatureHeader
    tenantHeader
    payloadExample
    recentDeliveries {
      id
      accepted
      reason
      ip
      reviews
      receivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeReviewWebhookQuery, KnowledgeReviewWebhookQueryVariables>;
export const KnowledgeRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation KnowledgeRotateWebhookSecret {
  rotateKnowledgeWebhookSecret {
    secret
  }
}
    `) as unknown as TypedDocumentString<KnowledgeRotateWebhookSecretMutation, KnowledgeRotateWebhookSecretMutationVariables>;