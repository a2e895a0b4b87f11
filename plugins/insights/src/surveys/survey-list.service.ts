import { DataService, keysetPage, likeContains, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { SurveyEntity } from './survey.entity.js';
import type { InsightsSurveyListFilter, InsightsSurveySortField } from './survey-page.types.js';

// openedAt is null on drafts: the sort reads it as '' so the keyset column is never NULL.
const SORTS: Record<InsightsSurveySortField, Omit<KeysetSort<SurveyEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 's.createdAt', value: (s) => s.createdAt },
  TITLE: { key: 'title', column: 's.title', value: (s) => s.title },
  KIND: { key: 'kind', column: 's.kind', value: (s) => s.kind },
  STATUS: { key: 'status', column: 's.status', value: (s) => s.status },
  OPENED_AT: { key: 'openedAt', column: "COALESCE(s.openedAt, '')", value: (s) => s.openedAt ?? '' },
};

/**
 * Survey runs, newest first: as an array (surveys; a person's open surveys and the trend filter it
 * further) or a keyset page (surveysPage). The list queries require insights.surveys.manage and
 * show every run; what a row reveals (responses under the anonymity threshold) is decided per row
 * by the mapper, the same for both.
 */
@Injectable()
export class SurveyListService {
  constructor(private readonly data: DataService) {}

  list(status?: string | null): Promise<SurveyEntity[]> {
    return this.filtered({ status: status as InsightsSurveyListFilter['status'] }).orderBy('s.createdAt', 'DESC').addOrderBy('s.id', 'DESC').getMany();
  }

  /** One page of the runs `list` shows, filtered and sorted in SQL (see keysetPage). */
  page(filter: InsightsSurveyListFilter, sort: { field: InsightsSurveySortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<SurveyEntity>> {
    return keysetPage(this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 's.id' });
  }

  /** Every filter in SQL, shared by the array and the page so counts and pages agree. */
  private filtered(filter: InsightsSurveyListFilter) {
    const q = this.data.repo(SurveyEntity).query('s');
    if (filter.status) q.andWhere('s.status = :status', { status: filter.status });
    if (filter.kind) q.andWhere('s.kind = :kind', { kind: filter.kind });
    const search = filter.search?.trim();
    if (search) q.andWhere("LOWER(s.title) LIKE :term ESCAPE '\\'", { term: likeContains(search) });
    return q;
  }
}
