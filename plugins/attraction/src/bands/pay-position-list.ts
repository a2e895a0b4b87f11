// The Pay positions page over positions computed in JavaScript: a compa-ratio is read against
// the band of a job family that may be inferred from the title, so SQL cannot filter or order by
// it. The service reads the people the viewer may see once; this filters, counts and pages them.
import { arrayKeysetPage, type KeysetPage, type SortDirection } from '@cadre/sdk';
import { BAND_POSITIONS, type PayPositionFilter, PayPositionSortField } from './person-comp-page.types.js';
import type { PersonCompPositionType } from './person-comp.types.js';

type Row = { id: string; position: PersonCompPositionType };

/** Sort values; a missing number sorts last in either direction (a keyset value cannot be null). */
const SORT_VALUES: Record<PayPositionSortField, (p: PersonCompPositionType, direction: SortDirection) => string | number> = {
  NAME: (p) => p.name.toLowerCase(),
  COMPA_RATIO: (p, direction) => p.compaRatio ?? missing(direction),
  MARKET_PERCENTILE: (p, direction) => p.marketPercentile ?? missing(direction),
};

const missing = (direction: SortDirection) => (direction === 'ASC' ? Number.MAX_VALUE : -Number.MAX_VALUE);

export type PayPositionPage = KeysetPage<PersonCompPositionType> & { bandPositionCounts: Array<{ bandPosition: string; count: number }> };

export function payPositionPage(
  positions: PersonCompPositionType[],
  filter: PayPositionFilter,
  sort: { field: PayPositionSortField; direction: SortDirection },
  first: number,
  after?: string | null,
): PayPositionPage {
  const search = filter.search?.trim().toLowerCase();
  const level = filter.level?.trim().toUpperCase();
  const matching = positions.filter(
    (p) => (!search || p.name.toLowerCase().includes(search)) && (!level || p.level.toUpperCase() === level) && (!filter.jobFamily || p.jobFamily === filter.jobFamily),
  );
  const where = (p: PersonCompPositionType) => p.bandPosition ?? 'none';
  const bandPositionCounts = BAND_POSITIONS.map((bandPosition) => ({ bandPosition, count: matching.filter((p) => where(p) === bandPosition).length }));
  const rows: Row[] = matching.filter((p) => !filter.bandPosition || where(p) === filter.bandPosition).map((position) => ({ id: position.personId, position }));
  const value = SORT_VALUES[sort.field];
  const page = arrayKeysetPage(rows, { first, after, sort: { key: sort.field, direction: sort.direction, value: (r) => value(r.position, sort.direction) } });
  return { ...page, nodes: page.nodes.map((r) => r.position), bandPositionCounts };
}
