// The shapes this console part reads from the knowledge GraphQL API: a subset of the generated
// schema types (the plugin's console cannot resolve @cadre/contracts from its own package).

export type ItemKind = 'PAPER' | 'PATENT' | 'TECH_BLOG' | 'DESIGN_DOC' | 'BEST_PRACTICE' | 'POST_MORTEM';
export type Visibility = 'PRIVATE' | 'UNIT' | 'TENANT';
export type TalkKind = 'TECH_TALK' | 'BRAINSTORM';
export type TalkStatus = 'SCHEDULED' | 'HELD' | 'CANCELLED';

export const ITEM_KINDS: readonly ItemKind[] = ['PAPER', 'PATENT', 'TECH_BLOG', 'DESIGN_DOC', 'BEST_PRACTICE', 'POST_MORTEM'];

export interface KnowledgePerson {
  id: string;
  name: string;
  title: string;
}

export interface SkillTag {
  id: string;
  name: string;
}

export interface ItemSummary {
  id: string;
  kind: ItemKind;
  title: string;
  summary: string;
  reference: string | null;
  visibility: Visibility;
  version: number;
  authors: KnowledgePerson[];
  skills: SkillTag[];
  publishedAt: string | null;
  updatedAt: string;
  readCount: number;
  bookmarkCount: number;
  bookmarked: boolean;
}

export interface Item extends ItemSummary {
  body: string;
  bodyHtml: string;
  unitId: string | null;
  links: Array<{ title: string; url: string }>;
  canEdit: boolean;
  createdAt: string;
  /** Out of lists and search since then; null while live. */
  archivedAt: string | null;
}

export interface ItemVersion {
  version: number;
  title: string;
  kind: ItemKind;
  visibility: Visibility;
  bodyHtml: string;
  note: string;
  createdAt: string;
  editedBy: KnowledgePerson | null;
}

export interface SearchHit {
  item: ItemSummary;
  score: number;
  /** Server-escaped HTML: matches in <mark>, everything else escaped. */
  titleHtml: string;
  /** Server-escaped HTML: matches in <mark>, everything else escaped. */
  snippetHtml: string;
}

export interface Talk {
  id: string;
  kind: TalkKind;
  title: string;
  abstract: string;
  speaker: KnowledgePerson;
  organiser: KnowledgePerson | null;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  recordingUrl: string | null;
  notes: string;
  notesHtml: string;
  status: TalkStatus;
  skills: SkillTag[];
  invitees: KnowledgePerson[];
  attendees: KnowledgePerson[];
  canEdit: boolean;
}

export interface SkillUse {
  id: string;
  name: string;
  categoryName: string;
  items: number;
}

export interface Expert {
  person: KnowledgePerson;
  score: number;
  level: number;
  items: number;
  talks: number;
  reviews: number;
  evidence: string[];
}

export interface SharingRow {
  person: KnowledgePerson;
  index: number;
  itemsPublished: number;
  talksGiven: number;
  talksAttended: number;
  reviews: number;
  readsByOthers: number;
  bookmarksByOthers: number;
}

export interface SharingIndex {
  formula: string;
  from: string;
  to: string;
  people: SharingRow[];
}

export interface TeamSharingIndex {
  formula: string;
  from: string;
  to: string;
  teams: Array<{ unitId: string; unitName: string; members: number; index: number; total: number; top: SharingRow | null }>;
}
