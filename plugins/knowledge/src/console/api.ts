// The GraphQL documents of the knowledge console. Their result and variable types are generated
// from the committed schema (./gql, by apps/console's codegen; the drift check keeps them current).
import { graphql } from './gql/index.js';

graphql(`fragment KnowledgePersonFields on KnowledgePerson { id name title }`);
graphql(`
  fragment KnowledgeItemSummaryFields on KnowledgeItem {
    id kind title summary reference visibility version authors { ...KnowledgePersonFields } skills { id name } publishedAt updatedAt readCount bookmarkCount bookmarked
  }
`);
graphql(`
  fragment KnowledgeItemFields on KnowledgeItem { ...KnowledgeItemSummaryFields body bodyHtml unitId links { title url } canEdit createdAt archivedAt }
`);
graphql(`
  fragment KnowledgeTalkFields on KnowledgeTalk {
    id kind title abstract speaker { ...KnowledgePersonFields } organiser { ...KnowledgePersonFields } scheduledAt durationMinutes location recordingUrl notes notesHtml status
    skills { id name } invitees { ...KnowledgePersonFields } attendees { ...KnowledgePersonFields } canEdit
  }
`);
graphql(`
  fragment KnowledgeSharingRowFields on KnowledgeSharingIndexRow {
    person { ...KnowledgePersonFields } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers
  }
`);

export const ITEMS = graphql(`
  query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {
    knowledgeItems(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...KnowledgeItemSummaryFields } }
  }
`);
export const ITEMS_PAGE = graphql(`
  query KnowledgeItemsPage($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {
    knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeItemSummaryFields } }
  }
`);
export const ITEM_ONE = graphql(`query KnowledgeItem($id: ID!) { knowledgeItem(id: $id) { ...KnowledgeItemFields } }`);
export const VERSIONS = graphql(`
  query KnowledgeItemVersions($id: ID!) { knowledgeItemVersions(id: $id) { version title kind visibility bodyHtml note createdAt editedBy { ...KnowledgePersonFields } } }
`);
export const SEARCH = graphql(`
  query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) {
    searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) { totalCount terms hits { score titleHtml snippetHtml item { ...KnowledgeItemSummaryFields } } }
  }
`);
export const BOOKMARK = graphql(`
  mutation KnowledgeBookmark($id: ID!, $bookmarked: Boolean!) { bookmarkKnowledgeItem(id: $id, bookmarked: $bookmarked) { id bookmarked bookmarkCount } }
`);
export const ARCHIVE_ITEM = graphql(`mutation KnowledgeArchiveItem($id: ID!) { archiveKnowledgeItem(id: $id) { id archivedAt } }`);
export const RESTORE_ITEM = graphql(`mutation KnowledgeRestoreItem($id: ID!) { restoreKnowledgeItem(id: $id) { id archivedAt } }`);
export const DELETE_ITEM = graphql(`mutation KnowledgeDeleteItem($id: ID!) { deleteKnowledgeItem(id: $id) }`);
export const CREATE_ITEM = graphql(`mutation KnowledgeCreateItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { ...KnowledgeItemFields } }`);
export const UPDATE_ITEM = graphql(`
  mutation KnowledgeUpdateItem($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { ...KnowledgeItemFields } }
`);

export const SKILL_TAGS = graphql(`query KnowledgeSkillTags($query: String) { knowledgeSkillTags(query: $query) { id name categoryName items } }`);

export const TALKS_PAGE = graphql(`
  query KnowledgeTalksPage($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {
    talksPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeTalkFields } }
  }
`);
export const TALK_ONE = graphql(`query KnowledgeTalk($id: ID!) { talk(id: $id) { ...KnowledgeTalkFields } }`);
export const SCHEDULE = graphql(`mutation KnowledgeScheduleTalk($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { ...KnowledgeTalkFields } }`);
export const UPDATE_TALK = graphql(`mutation KnowledgeUpdateTalk($id: ID!, $input: UpdateTalkInput!) { updateTalk(id: $id, input: $input) { ...KnowledgeTalkFields } }`);
export const ATTENDANCE = graphql(`
  mutation KnowledgeAttendance($talkId: ID!, $attendeeIds: [ID!]!) { recordAttendance(talkId: $talkId, attendeeIds: $attendeeIds) { ...KnowledgeTalkFields } }
`);

export const EXPERTS = graphql(`
  query KnowledgeExperts($skillId: ID!, $limit: Int!) {
    experts(skillId: $skillId, limit: $limit) { formula skill { id name } experts { person { ...KnowledgePersonFields } score level items talks reviews evidence } }
  }
`);
export const SHARING = graphql(`
  query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) {
    knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) { formula from to people { ...KnowledgeSharingRowFields } }
  }
`);
export const SHARING_PAGE = graphql(`
  query KnowledgeSharingPage($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {
    knowledgeSharingIndexPage(from: $from, to: $to, filter: $filter, sort: $sort, first: $first, after: $after) {
      formula from to totalCount pageInfo { endCursor hasNextPage } nodes { ...KnowledgeSharingRowFields }
    }
  }
`);
export const TEAM_SHARING = graphql(`
  query KnowledgeTeamSharing($from: String, $to: String) {
    teamKnowledgeSharingIndex(from: $from, to: $to) { formula from to teams { unitId unitName members index total top { ...KnowledgeSharingRowFields } } }
  }
`);

