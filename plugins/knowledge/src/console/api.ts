// The GraphQL documents of the knowledge console, typed with TypedDocument.
import type { TypedDocument } from '@cadre/sdk/console';
import type { Expert, Item, ItemKind, ItemSummary, ItemVersion, SearchHit, SharingIndex, SkillTag, SkillUse, Talk, TalkKind, TalkStatus, TeamSharingIndex, Visibility } from './types.js';

/** The one cast from a document string to its typed form. */
export const doc = <R, V = Record<string, never>>(source: string) => source as unknown as TypedDocument<R, V>;

const PERSON = 'id name title';
const SUMMARY = `id kind title summary reference visibility version authors { ${PERSON} } skills { id name } publishedAt updatedAt readCount bookmarkCount bookmarked`;
const ITEM = `${SUMMARY} body bodyHtml unitId links { title url } canEdit createdAt archivedAt`;
const TALK = `id kind title abstract speaker { ${PERSON} } organiser { ${PERSON} } scheduledAt durationMinutes location recordingUrl notes notesHtml status
  skills { id name } invitees { ${PERSON} } attendees { ${PERSON} } canEdit`;
const ROW = `person { ${PERSON} } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers`;

export interface ItemFilter { kinds?: ItemKind[] | null; skillId?: string | null; authorId?: string | null; from?: string | null; to?: string | null; bookmarked?: boolean | null; visibility?: Visibility | null; archived?: boolean | null }

export const ITEMS = doc<{ knowledgeItems: { nodes: ItemSummary[]; totalCount: number } }, { filter: ItemFilter; first: number; offset: number }>(
  `query KnowledgeItems($filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) { knowledgeItems(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ${SUMMARY} } } }`,
);
export const ITEM_ONE = doc<{ knowledgeItem: Item }, { id: string }>(`query KnowledgeItem($id: ID!) { knowledgeItem(id: $id) { ${ITEM} } }`);
export const VERSIONS = doc<{ knowledgeItemVersions: ItemVersion[] }, { id: string }>(
  `query KnowledgeItemVersions($id: ID!) { knowledgeItemVersions(id: $id) { version title kind visibility bodyHtml note createdAt editedBy { ${PERSON} } } }`,
);
export const SEARCH = doc<{ searchKnowledge: { totalCount: number; terms: string[]; hits: SearchHit[] } }, { query: string; filter: ItemFilter; first: number; offset: number }>(
  `query KnowledgeSearch($query: String!, $filter: KnowledgeItemFilter, $first: Int!, $offset: Int!) { searchKnowledge(query: $query, filter: $filter, first: $first, offset: $offset) {
    totalCount terms hits { score titleHtml snippetHtml item { ${SUMMARY} } } } }`,
);
export const BOOKMARK = doc<{ bookmarkKnowledgeItem: Pick<Item, 'id' | 'bookmarked' | 'bookmarkCount'> }, { id: string; bookmarked: boolean }>(
  'mutation KnowledgeBookmark($id: ID!, $bookmarked: Boolean!) { bookmarkKnowledgeItem(id: $id, bookmarked: $bookmarked) { id bookmarked bookmarkCount } }',
);
export const ARCHIVE_ITEM = doc<{ archiveKnowledgeItem: Pick<Item, 'id' | 'archivedAt'> }, { id: string }>('mutation KnowledgeArchiveItem($id: ID!) { archiveKnowledgeItem(id: $id) { id archivedAt } }');
export const RESTORE_ITEM = doc<{ restoreKnowledgeItem: Pick<Item, 'id' | 'archivedAt'> }, { id: string }>('mutation KnowledgeRestoreItem($id: ID!) { restoreKnowledgeItem(id: $id) { id archivedAt } }');
export const DELETE_ITEM = doc<{ deleteKnowledgeItem: boolean }, { id: string }>('mutation KnowledgeDeleteItem($id: ID!) { deleteKnowledgeItem(id: $id) }');
export interface ItemInput {
  title?: string; kind?: ItemKind; body?: string; visibility?: Visibility; reference?: string | null; skillIds?: string[]; authorIds?: string[];
  links?: Array<{ title: string; url: string }>; unitId?: string | null; note?: string;
}
export const CREATE_ITEM = doc<{ createKnowledgeItem: Item }, { input: ItemInput }>(`mutation KnowledgeCreateItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { ${ITEM} } }`);
export const UPDATE_ITEM = doc<{ updateKnowledgeItem: Item }, { id: string; input: ItemInput }>(
  `mutation KnowledgeUpdateItem($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { ${ITEM} } }`,
);

export const SKILL_TAGS = doc<{ knowledgeSkillTags: SkillUse[] }, { query?: string | null }>('query KnowledgeSkillTags($query: String) { knowledgeSkillTags(query: $query) { id name categoryName items } }');

export interface TalkFilter { kind?: TalkKind | null; status?: TalkStatus | null; from?: string | null; to?: string | null; speakerId?: string | null; attendeeId?: string | null; skillId?: string | null }
export const TALKS = doc<{ talks: Talk[] }, { filter: TalkFilter }>(`query KnowledgeTalks($filter: KnowledgeTalkFilter) { talks(filter: $filter) { ${TALK} } }`);
export const TALK_ONE = doc<{ talk: Talk }, { id: string }>(`query KnowledgeTalk($id: ID!) { talk(id: $id) { ${TALK} } }`);
export interface ScheduleInput { title: string; kind: TalkKind; speakerId: string; scheduledAt: string; durationMinutes: number; location: string; abstract: string; skillIds: string[]; inviteeIds: string[]; recordingUrl?: string | null }
export const SCHEDULE = doc<{ scheduleTalk: Talk }, { input: ScheduleInput }>(`mutation KnowledgeScheduleTalk($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { ${TALK} } }`);
export const UPDATE_TALK = doc<{ updateTalk: Talk }, { id: string; input: { notes?: string; recordingUrl?: string | null; cancelled?: boolean } }>(
  `mutation KnowledgeUpdateTalk($id: ID!, $input: UpdateTalkInput!) { updateTalk(id: $id, input: $input) { ${TALK} } }`,
);
export const ATTENDANCE = doc<{ recordAttendance: Talk }, { talkId: string; attendeeIds: string[] }>(
  `mutation KnowledgeAttendance($talkId: ID!, $attendeeIds: [ID!]!) { recordAttendance(talkId: $talkId, attendeeIds: $attendeeIds) { ${TALK} } }`,
);

export const EXPERTS = doc<{ experts: { formula: string; skill: SkillTag; experts: Expert[] } }, { skillId: string; limit: number }>(
  `query KnowledgeExperts($skillId: ID!, $limit: Int!) { experts(skillId: $skillId, limit: $limit) { formula skill { id name } experts { person { ${PERSON} } score level items talks reviews evidence } } }`,
);
export const SHARING = doc<{ knowledgeSharingIndex: SharingIndex }, { from?: string | null; to?: string | null; personIds?: string[] | null }>(
  `query KnowledgeSharing($from: String, $to: String, $personIds: [ID!]) { knowledgeSharingIndex(from: $from, to: $to, personIds: $personIds) { formula from to people { ${ROW} } } }`,
);
export const TEAM_SHARING = doc<{ teamKnowledgeSharingIndex: TeamSharingIndex }, { from?: string | null; to?: string | null }>(
  `query KnowledgeTeamSharing($from: String, $to: String) { teamKnowledgeSharingIndex(from: $from, to: $to) { formula from to teams { unitId unitName members index total top { ${ROW} } } } }`,
);

export const PEOPLE_OPTIONS = doc<{ people: { nodes: Array<{ id: string; name: string; title: string }> } }, { search: string | null }>(
  'query KnowledgePeopleOptions($search: String) { people(filter: { search: $search, status: "active" }, first: 20) { nodes { id name title } } }',
);
