import { renderMarkdown } from '../shared/markdown.js';
import type { PersonRef } from '../shared/people-names.js';
import type { KnowledgeItemVersionEntity } from './knowledge-item-version.entity.js';
import type { ItemView } from './knowledge-item.hydrator.js';
import type { KnowledgeItemKind, KnowledgeItemType, KnowledgeItemVersionType, KnowledgeVisibility } from './knowledge-item.types.js';

const SUMMARY_CHARS = 200;

export function toItemType(view: ItemView): KnowledgeItemType {
  const { item } = view;
  const text = Array.from(item.bodyText.replace(/\s+/g, ' ').trim());
  return {
    id: item.id,
    kind: item.kind as KnowledgeItemKind,
    title: item.title,
    body: item.body,
    bodyHtml: item.bodyHtml,
    summary: text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS).join('')}…` : text.join(''),
    visibility: item.visibility as KnowledgeVisibility,
    unitId: item.unitId,
    reference: item.reference,
    links: item.links.map((l) => ({ title: l.title, url: l.url })),
    version: item.version,
    authors: view.authors,
    skills: view.skills,
    publishedAt: item.publishedAt,
    archivedAt: item.archivedAt,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    readCount: view.readCount,
    bookmarkCount: view.bookmarkCount,
    bookmarked: view.bookmarked,
    canEdit: view.canEdit,
  };
}

export function toVersionType(v: KnowledgeItemVersionEntity, people: Map<string, PersonRef>): KnowledgeItemVersionType {
  return {
    version: v.version,
    kind: v.kind as KnowledgeItemKind,
    title: v.title,
    body: v.body,
    bodyHtml: renderMarkdown(v.body),
    visibility: v.visibility as KnowledgeVisibility,
    editedBy: v.editedById ? (people.get(v.editedById) ?? null) : null,
    note: v.note,
    createdAt: v.createdAt,
  };
}
