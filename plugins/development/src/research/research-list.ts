// The research outputs list in SQL, shared by researchOutputs (an array) and researchOutputsPage
// (a keyset page): every holder of development.research.read sees every output, so the filters
// are the only rule, and one query builder keeps the two lists and their counts the same.
import { likeContains, type DataService, type KeysetSort } from '@cadre/sdk';
import { ResearchOutputEntity } from './research-output.entity.js';
import type { DevelopmentResearchFilter, DevelopmentResearchSortField } from './research-page.types.js';

// date is null on undated outputs: the sort reads it as '' so the keyset column is never NULL.
export const RESEARCH_SORTS: Record<DevelopmentResearchSortField, Omit<KeysetSort<ResearchOutputEntity>, 'direction'>> = {
  DATE: { key: 'date', column: "COALESCE(r.date, '')", value: (r) => r.date ?? '' },
  TITLE: { key: 'title', column: 'r.title', value: (r) => r.title },
  KIND: { key: 'kind', column: 'r.kind', value: (r) => r.kind },
  STATUS: { key: 'status', column: 'r.status', value: (r) => r.status },
  CREATED_AT: { key: 'createdAt', column: 'r.createdAt', value: (r) => r.createdAt },
};

/** The outputs matching `filter`, unordered, aliased `r`. */
export function researchQuery(data: DataService, filter: DevelopmentResearchFilter) {
  const q = data.repo(ResearchOutputEntity).query('r');
  if (filter.kind) q.andWhere('r.kind = :kind', { kind: filter.kind });
  if (filter.status) q.andWhere('r.status = :status', { status: filter.status });
  if (filter.year) q.andWhere('r.date >= :from AND r.date <= :to', { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` });
  // authorIds is simple-json text written by JSON.stringify: an author is the quoted id, found
  // as an exact substring (LIKE would ignore case on SQLite and read % and _ as wildcards).
  if (filter.personId) q.andWhere(data.postgres ? 'strpos(r.authorIds, :author) > 0' : 'instr(r.authorIds, :author) > 0', { author: JSON.stringify(filter.personId) });
  const search = filter.search?.trim();
  if (search) q.andWhere("(LOWER(r.title) LIKE :term ESCAPE '\\' OR LOWER(r.venue) LIKE :term ESCAPE '\\')", { term: likeContains(search) });
  return q;
}
