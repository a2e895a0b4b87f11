/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment KnowledgePersonFields on KnowledgePerson { id name title }": typeof types.KnowledgePersonFieldsFragmentDoc,
    "\n  fragment KnowledgeItemSummaryFields on KnowledgeItem {\n    id kind title summary reference visibility version authors { ...KnowledgePersonFields } skills { id name } publishedAt updatedAt readCount bookmarkCount bookmarked\n  }\n": typeof types.KnowledgeItemSummaryFieldsFragmentDoc,
    "\n  fragment KnowledgeItemFields on KnowledgeItem { ...KnowledgeItemSummaryFields body bodyHtml unitId links { title url } canEdit createdAt archivedAt }\n": typeof types.KnowledgeItemFieldsFragmentDoc,
    "\n  fragment KnowledgeTalkFields on KnowledgeTalk {\n    id kind title abstract speaker { ...KnowledgePersonFields } organiser { ...KnowledgePersonFields } scheduledAt durationMinutes location recordingUrl notes notesHtml status\n    skills { id name } invitees { ...KnowledgePersonFields } attendees { ...KnowledgePersonFields } canEdit\n  }\n": typeof types.KnowledgeTalkFieldsFragmentDoc,
    "\n  fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {\n    person { ...KnowledgePersonFields } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers\n  }\n": typeof types.KnowledgeSharingRowFieldsFragmentDoc,
    "\n  query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {\n    knowledgeItems(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...KnowledgeItemSummaryFields } }\n  }\n": typeof types.KnowledgeItemsDocument,
    "\n  query KnowledgeItemsPage($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {\n    knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeItemSummaryFields } }\n  }\n": typeof types.KnowledgeItemsPageDocument,
    "query KnowledgeItem($id: ID!) { knowledgeItem(id: $id) { ...KnowledgeItemFields } }": typeof types.KnowledgeItemDocument,
    "\n  query KnowledgeItemVersions($id: ID!) { knowledgeItemVersions(id: $id) { version title kind visibility bodyHtml note createdAt editedBy { ...KnowledgePersonFields } } }\n": typeof types.KnowledgeItemVersionsDocument,
    "\n  query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {\n    searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) { totalCount terms hits { score titleHtml snippetHtml item { ...KnowledgeItemSummaryFields } } }\n  }\n": typeof types.KnowledgeSearchDocument,
    "\n  mutation KnowledgeBookmark($id: ID!, $bookmarked: Boolean!) { bookmarkKnowledgeItem(id: $id, bookmarked: $bookmarked) { id bookmarked bookmarkCount } }\n": typeof types.KnowledgeBookmarkDocument,
    "mutation KnowledgeArchiveItem($id: ID!) { archiveKnowledgeItem(id: $id) { id archivedAt } }": typeof types.KnowledgeArchiveItemDocument,
    "mutation KnowledgeRestoreItem($id: ID!) { restoreKnowledgeItem(id: $id) { id archivedAt } }": typeof types.KnowledgeRestoreItemDocument,
    "mutation KnowledgeDeleteItem($id: ID!) { deleteKnowledgeItem(id: $id) }": typeof types.KnowledgeDeleteItemDocument,
    "mutation KnowledgeCreateItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { ...KnowledgeItemFields } }": typeof types.KnowledgeCreateItemDocument,
    "\n  mutation KnowledgeUpdateItem($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { ...KnowledgeItemFields } }\n": typeof types.KnowledgeUpdateItemDocument,
    "query KnowledgeSkillTags($query: String) { knowledgeSkillTags(query: $query) { id name categoryName items } }": typeof types.KnowledgeSkillTagsDocument,
    "\n  query KnowledgeTalksPage($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {\n    talksPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeTalkFields } }\n  }\n": typeof types.KnowledgeTalksPageDocument,
    "query KnowledgeTalk($id: ID!) { talk(id: $id) { ...KnowledgeTalkFields } }": typeof types.KnowledgeTalkDocument,
    "mutation KnowledgeScheduleTalk($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { ...KnowledgeTalkFields } }": typeof types.KnowledgeScheduleTalkDocument,
    "mutation KnowledgeUpdateTalk($id: ID!, $input: UpdateTalkInput!) { updateTalk(id: $id, input: $input) { ...KnowledgeTalkFields } }": typeof types.KnowledgeUpdateTalkDocument,
    "\n  mutation KnowledgeAttendance($talkId: ID!, $attendeeIds: [ID!]!) { recordAttendance(talkId: $talkId, attendeeIds: $attendeeIds) { ...KnowledgeTalkFields } }\n": typeof types.KnowledgeAttendanceDocument,
    "\n  query KnowledgeExperts($skillId: ID!, $limit: Int!) {\n    experts(skillId: $skillId, limit: $limit) { formula skill { id name } experts { person { ...KnowledgePersonFields } score level items talks reviews evidence } }\n  }\n": typeof types.KnowledgeExpertsDocument,
    "\n  query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) {\n    knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) { formula from to people { ...KnowledgeSharingRowFields } }\n  }\n": typeof types.KnowledgeSharingDocument,
    "\n  query KnowledgeSharingPage($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {\n    knowledgeSharingIndexPage(from: $from, to: $to, filter: $filter, sort: $sort, first: $first, after: $after) {\n      formula from to totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeSharingRowFields }\n    }\n  }\n": typeof types.KnowledgeSharingPageDocument,
    "\n  query KnowledgeTeamSharing($from: String, $to: String) {\n    teamKnowledgeSharingIndex(from: $from, to: $to) { formula from to teams { unitId unitName members index total top { ...KnowledgeSharingRowFields } } }\n  }\n": typeof types.KnowledgeTeamSharingDocument,
    "query KnowledgeReviewRepositories { codeReviewRepositories { ...KnowledgeReviewRepositoryFields } }": typeof types.KnowledgeReviewRepositoriesDocument,
    "fragment KnowledgeReviewRepositoryFields on CodeReviewRepository { name reviews skills { id name } }": typeof types.KnowledgeReviewRepositoryFieldsFragmentDoc,
    "\n  mutation KnowledgeSetRepositorySkills($repository: String!, $skillIds: [ID!]!) {\n    setCodeReviewRepositorySkills(repository: $repository, skillIds: $skillIds) { ...KnowledgeReviewRepositoryFields }\n  }\n": typeof types.KnowledgeSetRepositorySkillsDocument,
    "\n  mutation KnowledgeImportCodeReviews($csv: String!) { importCodeReviews(csv: $csv) { rows imported duplicates errors { row field message } } }\n": typeof types.KnowledgeImportCodeReviewsDocument,
    "\n  query KnowledgeReviewWebhook {\n    codeReviewWebhook { configured path signatureHeader tenantHeader payloadExample recentDeliveries { id accepted reason ip reviews receivedAt } }\n  }\n": typeof types.KnowledgeReviewWebhookDocument,
    "mutation KnowledgeRotateWebhookSecret { rotateKnowledgeWebhookSecret { secret } }": typeof types.KnowledgeRotateWebhookSecretDocument,
};
const documents: Documents = {
    "fragment KnowledgePersonFields on KnowledgePerson { id name title }": types.KnowledgePersonFieldsFragmentDoc,
    "\n  fragment KnowledgeItemSummaryFields on KnowledgeItem {\n    id kind title summary reference visibility version authors { ...KnowledgePersonFields } skills { id name } publishedAt updatedAt readCount bookmarkCount bookmarked\n  }\n": types.KnowledgeItemSummaryFieldsFragmentDoc,
    "\n  fragment KnowledgeItemFields on KnowledgeItem { ...KnowledgeItemSummaryFields body bodyHtml unitId links { title url } canEdit createdAt archivedAt }\n": types.KnowledgeItemFieldsFragmentDoc,
    "\n  fragment KnowledgeTalkFields on KnowledgeTalk {\n    id kind title abstract speaker { ...KnowledgePersonFields } organiser { ...KnowledgePersonFields } scheduledAt durationMinutes location recordingUrl notes notesHtml status\n    skills { id name } invitees { ...KnowledgePersonFields } attendees { ...KnowledgePersonFields } canEdit\n  }\n": types.KnowledgeTalkFieldsFragmentDoc,
    "\n  fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {\n    person { ...KnowledgePersonFields } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers\n  }\n": types.KnowledgeSharingRowFieldsFragmentDoc,
    "\n  query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {\n    knowledgeItems(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...KnowledgeItemSummaryFields } }\n  }\n": types.KnowledgeItemsDocument,
    "\n  query KnowledgeItemsPage($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {\n    knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeItemSummaryFields } }\n  }\n": types.KnowledgeItemsPageDocument,
    "query KnowledgeItem($id: ID!) { knowledgeItem(id: $id) { ...KnowledgeItemFields } }": types.KnowledgeItemDocument,
    "\n  query KnowledgeItemVersions($id: ID!) { knowledgeItemVersions(id: $id) { version title kind visibility bodyHtml note createdAt editedBy { ...KnowledgePersonFields } } }\n": types.KnowledgeItemVersionsDocument,
    "\n  query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {\n    searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) { totalCount terms hits { score titleHtml snippetHtml item { ...KnowledgeItemSummaryFields } } }\n  }\n": types.KnowledgeSearchDocument,
    "\n  mutation KnowledgeBookmark($id: ID!, $bookmarked: Boolean!) { bookmarkKnowledgeItem(id: $id, bookmarked: $bookmarked) { id bookmarked bookmarkCount } }\n": types.KnowledgeBookmarkDocument,
    "mutation KnowledgeArchiveItem($id: ID!) { archiveKnowledgeItem(id: $id) { id archivedAt } }": types.KnowledgeArchiveItemDocument,
    "mutation KnowledgeRestoreItem($id: ID!) { restoreKnowledgeItem(id: $id) { id archivedAt } }": types.KnowledgeRestoreItemDocument,
    "mutation KnowledgeDeleteItem($id: ID!) { deleteKnowledgeItem(id: $id) }": types.KnowledgeDeleteItemDocument,
    "mutation KnowledgeCreateItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { ...KnowledgeItemFields } }": types.KnowledgeCreateItemDocument,
    "\n  mutation KnowledgeUpdateItem($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { ...KnowledgeItemFields } }\n": types.KnowledgeUpdateItemDocument,
    "query KnowledgeSkillTags($query: String) { knowledgeSkillTags(query: $query) { id name categoryName items } }": types.KnowledgeSkillTagsDocument,
    "\n  query KnowledgeTalksPage($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {\n    talksPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeTalkFields } }\n  }\n": types.KnowledgeTalksPageDocument,
    "query KnowledgeTalk($id: ID!) { talk(id: $id) { ...KnowledgeTalkFields } }": types.KnowledgeTalkDocument,
    "mutation KnowledgeScheduleTalk($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { ...KnowledgeTalkFields } }": types.KnowledgeScheduleTalkDocument,
    "mutation KnowledgeUpdateTalk($id: ID!, $input: UpdateTalkInput!) { updateTalk(id: $id, input: $input) { ...KnowledgeTalkFields } }": types.KnowledgeUpdateTalkDocument,
    "\n  mutation KnowledgeAttendance($talkId: ID!, $attendeeIds: [ID!]!) { recordAttendance(talkId: $talkId, attendeeIds: $attendeeIds) { ...KnowledgeTalkFields } }\n": types.KnowledgeAttendanceDocument,
    "\n  query KnowledgeExperts($skillId: ID!, $limit: Int!) {\n    experts(skillId: $skillId, limit: $limit) { formula skill { id name } experts { person { ...KnowledgePersonFields } score level items talks reviews evidence } }\n  }\n": types.KnowledgeExpertsDocument,
    "\n  query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) {\n    knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) { formula from to people { ...KnowledgeSharingRowFields } }\n  }\n": types.KnowledgeSharingDocument,
    "\n  query KnowledgeSharingPage($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {\n    knowledgeSharingIndexPage(from: $from, to: $to, filter: $filter, sort: $sort, first: $first, after: $after) {\n      formula from to totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeSharingRowFields }\n    }\n  }\n": types.KnowledgeSharingPageDocument,
    "\n  query KnowledgeTeamSharing($from: String, $to: String) {\n    teamKnowledgeSharingIndex(from: $from, to: $to) { formula from to teams { unitId unitName members index total top { ...KnowledgeSharingRowFields } } }\n  }\n": types.KnowledgeTeamSharingDocument,
    "query KnowledgeReviewRepositories { codeReviewRepositories { ...KnowledgeReviewRepositoryFields } }": types.KnowledgeReviewRepositoriesDocument,
    "fragment KnowledgeReviewRepositoryFields on CodeReviewRepository { name reviews skills { id name } }": types.KnowledgeReviewRepositoryFieldsFragmentDoc,
    "\n  mutation KnowledgeSetRepositorySkills($repository: String!, $skillIds: [ID!]!) {\n    setCodeReviewRepositorySkills(repository: $repository, skillIds: $skillIds) { ...KnowledgeReviewRepositoryFields }\n  }\n": types.KnowledgeSetRepositorySkillsDocument,
    "\n  mutation KnowledgeImportCodeReviews($csv: String!) { importCodeReviews(csv: $csv) { rows imported duplicates errors { row field message } } }\n": types.KnowledgeImportCodeReviewsDocument,
    "\n  query KnowledgeReviewWebhook {\n    codeReviewWebhook { configured path signatureHeader tenantHeader payloadExample recentDeliveries { id accepted reason ip reviews receivedAt } }\n  }\n": types.KnowledgeReviewWebhookDocument,
    "mutation KnowledgeRotateWebhookSecret { rotateKnowledgeWebhookSecret { secret } }": types.KnowledgeRotateWebhookSecretDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KnowledgePersonFields on KnowledgePerson { id name title }"): typeof import('./graphql').KnowledgePersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeItemSummaryFields on KnowledgeItem {\n    id kind title summary reference visibility version authors { ...KnowledgePersonFields } skills { id name } publishedAt updatedAt readCount bookmarkCount bookmarked\n  }\n"): typeof import('./graphql').KnowledgeItemSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeItemFields on KnowledgeItem { ...KnowledgeItemSummaryFields body bodyHtml unitId links { title url } canEdit createdAt archivedAt }\n"): typeof import('./graphql').KnowledgeItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeTalkFields on KnowledgeTalk {\n    id kind title abstract speaker { ...KnowledgePersonFields } organiser { ...KnowledgePersonFields } scheduledAt durationMinutes location recordingUrl notes notesHtml status\n    skills { id name } invitees { ...KnowledgePersonFields } attendees { ...KnowledgePersonFields } canEdit\n  }\n"): typeof import('./graphql').KnowledgeTalkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {\n    person { ...KnowledgePersonFields } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers\n  }\n"): typeof import('./graphql').KnowledgeSharingRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {\n    knowledgeItems(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...KnowledgeItemSummaryFields } }\n  }\n"): typeof import('./graphql').KnowledgeItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItemsPage($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {\n    knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeItemSummaryFields } }\n  }\n"): typeof import('./graphql').KnowledgeItemsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KnowledgeItem($id: ID!) { knowledgeItem(id: $id) { ...KnowledgeItemFields } }"): typeof import('./graphql').KnowledgeItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItemVersions($id: ID!) { knowledgeItemVersions(id: $id) { version title kind visibility bodyHtml note createdAt editedBy { ...KnowledgePersonFields } } }\n"): typeof import('./graphql').KnowledgeItemVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {\n    searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) { totalCount terms hits { score titleHtml snippetHtml item { ...KnowledgeItemSummaryFields } } }\n  }\n"): typeof import('./graphql').KnowledgeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeBookmark($id: ID!, $bookmarked: Boolean!) { bookmarkKnowledgeItem(id: $id, bookmarked: $bookmarked) { id bookmarked bookmarkCount } }\n"): typeof import('./graphql').KnowledgeBookmarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeArchiveItem($id: ID!) { archiveKnowledgeItem(id: $id) { id archivedAt } }"): typeof import('./graphql').KnowledgeArchiveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeRestoreItem($id: ID!) { restoreKnowledgeItem(id: $id) { id archivedAt } }"): typeof import('./graphql').KnowledgeRestoreItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeDeleteItem($id: ID!) { deleteKnowledgeItem(id: $id) }"): typeof import('./graphql').KnowledgeDeleteItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeCreateItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { ...KnowledgeItemFields } }"): typeof import('./graphql').KnowledgeCreateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeUpdateItem($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { ...KnowledgeItemFields } }\n"): typeof import('./graphql').KnowledgeUpdateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KnowledgeSkillTags($query: String) { knowledgeSkillTags(query: $query) { id name categoryName items } }"): typeof import('./graphql').KnowledgeSkillTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeTalksPage($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {\n    talksPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeTalkFields } }\n  }\n"): typeof import('./graphql').KnowledgeTalksPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KnowledgeTalk($id: ID!) { talk(id: $id) { ...KnowledgeTalkFields } }"): typeof import('./graphql').KnowledgeTalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeScheduleTalk($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { ...KnowledgeTalkFields } }"): typeof import('./graphql').KnowledgeScheduleTalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeUpdateTalk($id: ID!, $input: UpdateTalkInput!) { updateTalk(id: $id, input: $input) { ...KnowledgeTalkFields } }"): typeof import('./graphql').KnowledgeUpdateTalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeAttendance($talkId: ID!, $attendeeIds: [ID!]!) { recordAttendance(talkId: $talkId, attendeeIds: $attendeeIds) { ...KnowledgeTalkFields } }\n"): typeof import('./graphql').KnowledgeAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeExperts($skillId: ID!, $limit: Int!) {\n    experts(skillId: $skillId, limit: $limit) { formula skill { id name } experts { person { ...KnowledgePersonFields } score level items talks reviews evidence } }\n  }\n"): typeof import('./graphql').KnowledgeExpertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) {\n    knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) { formula from to people { ...KnowledgeSharingRowFields } }\n  }\n"): typeof import('./graphql').KnowledgeSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeSharingPage($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {\n    knowledgeSharingIndexPage(from: $from, to: $to, filter: $filter, sort: $sort, first: $first, after: $after) {\n      formula from to totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeSharingRowFields }\n    }\n  }\n"): typeof import('./graphql').KnowledgeSharingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeTeamSharing($from: String, $to: String) {\n    teamKnowledgeSharingIndex(from: $from, to: $to) { formula from to teams { unitId unitName members index total top { ...KnowledgeSharingRowFields } } }\n  }\n"): typeof import('./graphql').KnowledgeTeamSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KnowledgeReviewRepositories { codeReviewRepositories { ...KnowledgeReviewRepositoryFields } }"): typeof import('./graphql').KnowledgeReviewRepositoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KnowledgeReviewRepositoryFields on CodeReviewRepository { name reviews skills { id name } }"): typeof import('./graphql').KnowledgeReviewRepositoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeSetRepositorySkills($repository: String!, $skillIds: [ID!]!) {\n    setCodeReviewRepositorySkills(repository: $repository, skillIds: $skillIds) { ...KnowledgeReviewRepositoryFields }\n  }\n"): typeof import('./graphql').KnowledgeSetRepositorySkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeImportCodeReviews($csv: String!) { importCodeReviews(csv: $csv) { rows imported duplicates errors { row field message } } }\n"): typeof import('./graphql').KnowledgeImportCodeReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeReviewWebhook {\n    codeReviewWebhook { configured path signatureHeader tenantHeader payloadExample recentDeliveries { id accepted reason ip reviews receivedAt } }\n  }\n"): typeof import('./graphql').KnowledgeReviewWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KnowledgeRotateWebhookSecret { rotateKnowledgeWebhookSecret { secret } }"): typeof import('./graphql').KnowledgeRotateWebhookSecretDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
