import { DataService, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ReviewCycleEntity } from './review-cycle.entity.js';
import type { ReviewCycleFilter, ReviewCycleSortField } from './review-cycle-page.types.js';

const SORTS: Record<ReviewCycleSortField, Omit<KeysetSort<ReviewCycleEntity>, 'direction'>> = {
  PERIOD_START: { key: 'periodStart', column: 'c.periodStart', value: (c) => c.periodStart },
  NAME: { key: 'name', column: 'c.name', value: (c) => c.name },
  STATUS: { key: 'status', column: 'c.status', value: (c) => c.status },
  CREATED_AT: { key: 'createdAt', column: 'c.createdAt', value: (c) => c.createdAt },
};

/** The review cycles, as an array (reviewCycles) or a keyset page (reviewCyclesPage). */
@Injectable()
export class ReviewCycleListService {
  constructor(private readonly data: DataService) {}

  /** Newest period first, then newest created, as reviewCycles always listed them. */
  async list(status?: string | null): Promise<ReviewCycleEntity[]> {
    return this.filtered({ status }).orderBy('c.periodStart', 'DESC').addOrderBy('c.createdAt', 'DESC').getMany();
  }

  /** One page of the cycles `list` shows, filtered and sorted in SQL (see keysetPage). */
  page(filter: ReviewCycleFilter, sort: { field: ReviewCycleSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<ReviewCycleEntity>> {
    return keysetPage(this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'c.id' });
  }

  /** Every holder of incentives.cycles.read sees every cycle; the filter is the only narrowing, shared by both. */
  private filtered(filter: ReviewCycleFilter) {
    const q = this.data.repo(ReviewCycleEntity).query('c');
    if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
    return q;
  }
}
