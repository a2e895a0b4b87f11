// The Pay positions page over positions computed in JavaScript: a compa-ratio is read against
// the band of a job family that may be inferred from the title, so SQL cannot filter or order by
// it. The service reads the people the viewer may see once; this filters, counts and pages them.
import { arrayKeysetPage, type KeysetPage, type SortDirection } from '@cadre/sdk';
import type { Position } from './comp-position.js';
import { BAND_POSITIONS, type PayPositionFilter, PayPositionSortField } from './person-comp-page.types.js';

/** What a page needs of each person's placement (the service's rows carry more). */
export interface Placed {
  id: string;
  name: string;
  level: string;
  jobFamily: string | null;
  position: Pick<Position, 'compaRatio' | 'marketPercentile' | 'bandPosition'>;
}

/** Sort values; a missing number sorts last in either direction (a keyset value cannot be null). */
const SORT_VALUES: Record<PayPositionSortField, (p: Placed, direction: SortDirection) => string | number> = {
  NAME: (p) => p.name.toLowerCase(),
  COMPA_RATIO: (p, direction) => p.position.compaRatio ?? missing(direction),
  MARKET_PERCENTILE: (p, direction) => p.position.marketPercentile ?? missing(direction),
};

const missing = (direction: SortDirection) => (direction === 'ASC' ? Number.MAX_VALUE : -Number.MAX_VALUE);

export type BandPositionCount = { bandPosition: string; count: number };
export type PayPositionPage<T = Placed> = KeysetPage<T> & { bandPositionCounts: BandPositionCount[] };

export function payPositionPage<T extends Placed>(
  placed: T[],
  filter: PayPositionFilter,
  sort: { field: PayPositionSortField; direction: SortDirection },
  first: number,
  after?: string | null,
): PayPositionPage<T> {
  const search = filter.search?.trim().toLowerCase();
  const level = filter.level?.trim().toUpperCase();
  const counts = new Map<string, number>(BAND_POSITIONS.map((b) => [b, 0]));
  const rows: T[] = [];
  for (const p of placed) {
    if ((search && !p.name.toLowerCase().includes(search)) || (level && p.level.toUpperCase() !== level) || (filter.jobFamily && p.jobFamily !== filter.jobFamily)) continue;
    const where = p.position.bandPosition ?? 'none';
    counts.set(where, (counts.get(where) ?? 0) + 1);
    if (!filter.bandPosition || where === filter.bandPosition) rows.push(p);
  }
  const value = SORT_VALUES[sort.field];
  const page = arrayKeysetPage(rows, { first, after, sort: { key: sort.field, direction: sort.direction, value: (p) => value(p, sort.direction) } });
  return { ...page, bandPositionCounts: BAND_POSITIONS.map((bandPosition) => ({ bandPosition, count: counts.get(bandPosition) ?? 0 })) };
}
